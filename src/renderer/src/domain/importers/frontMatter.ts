/**
 * Reads the YAML-ish front matter Markdown journals commonly start with: a "---" line, simple
 * "key: value" lines, then "---" (or "..."). Only what journals use is understood: plain, single-
 * and double-quoted strings, [flow, lists] and "- item" lists. Anything else is ignored, never an
 * error, and nothing is evaluated.
 */
export interface ParsedFrontMatter {
  /** Keys in lower case. */
  readonly fields: ReadonlyMap<string, string | readonly string[]>
  /** The text after the front matter (all of it when there is none). */
  readonly body: string
}

// Front matter is a few lines; a "---" much further down is a horizontal rule, not an ending.
const maxFrontMatterLines = 200

const doubleQuotedEscapes: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
}

function unquoteDouble(inner: string): string {
  return inner.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g,
    (whole, code: string) => {
      if (code.length > 1) {
        const codePoint = parseInt(code.slice(1), 16)
        return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole
      }
      return doubleQuotedEscapes[code] ?? whole
    },
  )
}

function scalar(raw: string): string {
  const value = raw.trim()
  const double = /^"((?:[^"\\]|\\[\s\S])*)"$/.exec(value)
  if (double) return unquoteDouble(double[1] ?? '')
  const single = /^'((?:[^']|'')*)'$/.exec(value)
  if (single) return (single[1] ?? '').replace(/''/g, "'")
  // A plain scalar ends at " #", where a comment starts.
  return value.replace(/\s+#.*$/, '')
}

function flowList(raw: string): readonly string[] {
  const inner = raw.trim().slice(1, -1)
  const items = inner.match(/\s*"(?:[^"\\]|\\[\s\S])*"\s*|\s*'(?:[^']|'')*'\s*|[^,]+/g) ?? []
  return items.map(scalar).filter((item) => item !== '')
}

export function parseFrontMatter(text: string): ParsedFrontMatter {
  const source = text.replace(/^\ufeff/, '')
  const lines = source.split(/\r?\n/)
  if (lines[0]?.trimEnd() !== '---') return { fields: new Map(), body: source }
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line))
  if (end === -1 || end > maxFrontMatterLines) return { fields: new Map(), body: source }

  const fields = new Map<string, string | readonly string[]>()
  let listKey: string | null = null
  for (const line of lines.slice(1, end)) {
    const listItem = /^\s+-\s+(.*)$|^-\s+(.*)$/.exec(line)
    if (listKey !== null && listItem) {
      const previous = fields.get(listKey)
      const items = Array.isArray(previous) ? previous : []
      fields.set(listKey, [...items, scalar(listItem[1] ?? listItem[2] ?? '')])
      continue
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/.exec(line)
    if (!pair) {
      listKey = null
      continue
    }
    const key = (pair[1] ?? '').toLowerCase()
    const rawValue = (pair[2] ?? '').trim()
    if (rawValue === '') {
      listKey = key
      fields.set(key, [])
    } else {
      listKey = null
      fields.set(
        key,
        rawValue.startsWith('[') && rawValue.endsWith(']') ? flowList(rawValue) : scalar(rawValue),
      )
    }
  }
  return { fields, body: lines.slice(end + 1).join('\n') }
}
