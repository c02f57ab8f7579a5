import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseFrontMatter } from '@renderer/domain/importers/frontMatter'
import { renderFrontMatter, yamlQuoted } from '@renderer/domain/share/yamlFrontMatter'
import { commonMarkFindings } from '../markdown/activeContent'

describe('renderFrontMatter', () => {
  it('quotes strings and writes lists and numbers', () => {
    expect(
      renderFrontMatter([
        ['title', 'He said "no"'],
        ['tags', ['a', 'b']],
        ['mood', 3],
      ]),
    ).toBe('---\ntitle: "He said \\"no\\""\ntags: ["a", "b"]\nmood: 3\n---')
  })

  it('escapes what could start HTML or a link in a viewer that does not know front matter', () => {
    expect(yamlQuoted('<script>[x](y)')).toBe('"\\u003Cscript\\u003E\\u005Bx\\u005D(y)"')
    expect(
      commonMarkFindings(
        renderFrontMatter([['title', '<img src=x onerror=alert(1)> [x](javascript:alert(1))']]),
      ),
    ).toEqual({ rawHtml: [], links: [], images: [] })
  })

  it('reads back exactly what it wrote, for any title and tags', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
        (title, tags) => {
          const { fields, body } = parseFrontMatter(
            `${renderFrontMatter([
              ['title', title],
              ['tags', tags],
            ])}\n\nBody`,
          )
          expect(fields.get('title')).toBe(title)
          expect(fields.get('tags')).toEqual(tags.filter((tag) => tag !== ''))
          expect(body.trim()).toBe('Body')
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refuses a key that is not a plain name, a programming error', () => {
    expect(() => renderFrontMatter([['bad key: x', 'v']])).toThrow()
  })
})
