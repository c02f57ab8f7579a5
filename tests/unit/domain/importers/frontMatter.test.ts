import { describe, expect, it } from 'vitest'
import { parseFrontMatter } from '@renderer/domain/importers/frontMatter'

describe('parseFrontMatter', () => {
  it('reads plain, quoted and list values', () => {
    const { fields, body } = parseFrontMatter(
      '---\nTitle: Plain value # a comment\nquoted: "tab\\there \\u00e9"\nsingle: \'it\'\'s\'\ntags:\n  - one\n  - "two"\nflow: [a, \'b, c\', "d"]\n---\nBody\n',
    )
    expect(Object.fromEntries(fields)).toEqual({
      title: 'Plain value',
      quoted: 'tab\there é',
      single: "it's",
      tags: ['one', 'two'],
      flow: ['a', 'b, c', 'd'],
    })
    expect(body).toBe('Body\n')
  })

  it('treats text without an opening or closing fence as all body', () => {
    expect(parseFrontMatter('No front matter').fields.size).toBe(0)
    expect(parseFrontMatter('---\ntitle: never closed\n').body).toBe('---\ntitle: never closed\n')
  })

  it('ignores lines it does not understand rather than failing', () => {
    const { fields } = parseFrontMatter('---\n!!python/object: x\n: nothing\ntitle: ok\n---\n')
    expect(Object.fromEntries(fields)).toEqual({ title: 'ok' })
  })
})
