/*
 * Splits a line at sentence ends that cannot be anything else (". " before a capital, not after
 * an initial or a title like "Dr."), so a keystroke only makes compromise re-split the chunk
 * being typed in, not the whole paragraph. compromise still decides the sentences within a chunk.
 */
const titles = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'rev', 'sr', 'jr', 'vs', 'no'])
const boundary = /([.!?]+["'\u2019\u201d)]*)(\s+)(?=["'\u2018\u201c(]?\p{Lu})/gu

export function safeChunks(line: string): readonly { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = []
  let start = 0
  for (const match of line.matchAll(boundary)) {
    const end = (match.index ?? 0) + (match[1]?.length ?? 0)
    const lastWord = /(\p{L}+)[.!?]*["'\u2019\u201d)]*$/u.exec(line.slice(start, end))?.[1] ?? ''
    if (lastWord.length === 1 || titles.has(lastWord.toLowerCase())) continue
    chunks.push({ start, end })
    start = end + (match[2]?.length ?? 0)
  }
  if (start < line.length) chunks.push({ start, end: line.length })
  return chunks
}
