/** A value of a front matter field. Strings are always written quoted. */
export type FrontMatterValue = string | number | readonly string[]

// Besides YAML's own needs (quote, backslash, control and line-break characters), "<", ">", "["
// and "]" are written as \u escapes: a Markdown viewer that does not know front matter shows it
// as ordinary text, and there they could otherwise start raw HTML or a link.
/* eslint-disable no-control-regex -- finding control characters is the point */
const needsEscape = /["\\<>[\]\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g
/* eslint-enable no-control-regex */

const namedEscapes: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
}

/** A YAML double-quoted scalar that reads back as exactly `value`. */
export function yamlQuoted(value: string): string {
  const escaped = value.replace(
    needsEscape,
    (character) =>
      namedEscapes[character] ??
      `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
  return `"${escaped}"`
}

function yamlValue(value: FrontMatterValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '""'
  if (typeof value === 'string') return yamlQuoted(value)
  return `[${value.map(yamlQuoted).join(', ')}]`
}

/** A "---" fenced YAML block. Keys are written as given and must be plain identifiers. */
export function renderFrontMatter(
  fields: readonly (readonly [string, FrontMatterValue])[],
): string {
  const lines = fields.map(([key, value]) => {
    if (!/^[a-z][a-zA-Z0-9]*$/.test(key))
      throw new Error(`Front matter key ${key} is not a plain name`)
    return `${key}: ${yamlValue(value)}`
  })
  return ['---', ...lines, '---'].join('\n')
}
