import { importLimits } from './importLimits'

/** Tags as Mend keeps them: trimmed, single-spaced, unique ignoring case, within the limits. */
export function normaliseTags(candidates: readonly unknown[]): readonly string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue
    const tag = candidate
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^#/, '')
      .slice(0, importLimits.maxTagCharacters)
    const key = tag.toLocaleLowerCase()
    if (tag === '' || seen.has(key)) continue
    seen.add(key)
    tags.push(tag)
    if (tags.length === importLimits.maxTags) break
  }
  return tags
}

/** A title on one line, within the limit. */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, importLimits.maxTitleCharacters)
}

/** A first line "# Title" becomes the title; the rest is the body. */
export function splitLeadingHeading(markdown: string): {
  readonly title: string | null
  readonly body: string
} {
  const match = /^\s*#{1,6}[ \t]+([^\n]*?)[ \t#]*(?:\n|$)/.exec(markdown)
  if (!match) return { title: null, body: markdown.trim() }
  return { title: normaliseTitle(match[1] ?? ''), body: markdown.slice(match[0].length).trim() }
}
