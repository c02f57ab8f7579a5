import type { Entry } from './entry'
import { markdownToPlainText } from './markdownToPlainText'

const headingLine = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/

// 160 characters: about two lines of a list row; the row's style ends it with an ellipsis.
const snippetLength = 160

interface Part {
  readonly label: string
  readonly lines: string[]
}

/**
 * The line of text under an entry's title in a list. A heading reads as a label for the words
 * beneath it, parts apart ("Something I appreciated: The tea · One thing I need: Sleep"), so a
 * guided reflection's answers do not run into their headings. Without a title, the first line
 * already stands as one, and the snippet continues after it.
 */
export function entrySnippet(entry: Entry): string {
  const lines = entry.body.replace(/\r\n?/g, '\n').split('\n')
  const shown = entry.title.trim() === '' ? withoutFirstWords(lines) : lines
  const parts: Part[] = [{ label: '', lines: [] }]
  for (const line of shown) {
    const heading = headingLine.exec(line)
    if (heading) parts.push({ label: oneLine(markdownToPlainText(heading[1] ?? '')), lines: [] })
    else parts[parts.length - 1]!.lines.push(line)
  }
  return parts
    .map(({ label, lines: partLines }) => {
      const words = oneLine(markdownToPlainText(partLines.join('\n')))
      if (label === '' || words === '') return label || words
      return /[.:?!]$/.test(label) ? `${label} ${words}` : `${label}: ${words}`
    })
    .filter((part) => part !== '')
    .join(' \u00b7 ')
    .slice(0, snippetLength)
}

/** The lines after the first one with words in it (that one is shown as the title). */
function withoutFirstWords(lines: readonly string[]): readonly string[] {
  const first = lines.findIndex((line) => markdownToPlainText(line).trim() !== '')
  return first === -1 ? lines : lines.slice(first + 1)
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
