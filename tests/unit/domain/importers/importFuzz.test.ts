import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseDayOneExport } from '@renderer/domain/importers/dayOneImport'
import { parseFrontMatter } from '@renderer/domain/importers/frontMatter'
import {
  importDayOneFiles,
  importMarkdownFiles,
} from '@renderer/domain/importers/importJournalFiles'
import { parseMarkdownFiles } from '@renderer/domain/importers/markdownFilesImport'
import type { ImportPlan } from '@renderer/domain/importers/types'
import type { Result } from '@shared/result'
import { context } from './context'

/** Every answer is a Result; a failure carries a code and a sentence ending in a full stop. */
function expectWellFormed(result: Result<ImportPlan>): void {
  if (result.ok) {
    for (const draft of result.value.drafts) {
      expect(draft.entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(draft.dedupeKey.length).toBeGreaterThan(10)
    }
  } else {
    expect(result.error.code).toMatch(/^import-/)
    expect(result.error.message).toMatch(/\.$/)
  }
}

const dayOneLike = fc.record(
  {
    entries: fc.array(
      fc.oneof(
        fc.record(
          {
            uuid: fc.oneof(fc.string(), fc.anything()),
            creationDate: fc.oneof(
              fc
                .date({ noInvalidDate: false })
                .map((d) => (Number.isNaN(d.getTime()) ? 'bad' : d.toISOString())),
              fc.string(),
              fc.anything(),
            ),
            text: fc.oneof(fc.string(), fc.anything()),
            richText: fc.oneof(fc.string(), fc.json(), fc.anything()),
            tags: fc.oneof(fc.array(fc.string()), fc.anything()),
            timeZone: fc.oneof(fc.constantFrom('Europe/Paris', 'Nowhere/Else', ''), fc.anything()),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      { maxLength: 8 },
    ),
  },
  { requiredKeys: [] },
)

describe('importers never throw on bad input', () => {
  it('parseDayOneExport answers any string with a Result', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectWellFormed(parseDayOneExport(text, context))),
      { numRuns: 500 },
    )
  })

  it('parseDayOneExport answers any JSON value with a Result', () => {
    fc.assert(
      fc.property(fc.json(), (json) => expectWellFormed(parseDayOneExport(json, context))),
      { numRuns: 500 },
    )
  })

  it('parseDayOneExport answers Day One look-alikes with a Result', () => {
    fc.assert(
      fc.property(dayOneLike, (value) =>
        expectWellFormed(parseDayOneExport(JSON.stringify(value) ?? '', context)),
      ),
      { numRuns: 500 },
    )
  })

  it('parseMarkdownFiles answers any names and texts with a Result', () => {
    const files = fc.array(
      fc.record({
        name: fc.oneof(
          fc.string(),
          fc.string().map((s) => `${s}.md`),
        ),
        text: fc.oneof(
          fc.string(),
          fc.string().map((s) => `---\n${s}\n---\n${s}`),
        ),
      }),
      { maxLength: 6 },
    )
    fc.assert(
      fc.property(files, (list) => expectWellFormed(parseMarkdownFiles(list, context))),
      { numRuns: 500 },
    )
  })

  it('parseFrontMatter accepts any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseFrontMatter(`---\n${text}\n---\nbody`)
        expect(typeof parsed.body).toBe('string')
      }),
      { numRuns: 500 },
    )
  })

  it('the file readers answer any bytes with a Result, zip signature or not', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc
        .uint8Array({ maxLength: 200 })
        .map((rest) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...rest])),
    )
    fc.assert(
      fc.property(bytes, fc.constantFrom('a.md', 'Journal.json', 'x.zip'), (data, name) => {
        expectWellFormed(importMarkdownFiles([{ name, bytes: data }], context))
        expectWellFormed(importDayOneFiles([{ name, bytes: data }], context))
      }),
      { numRuns: 500 },
    )
  })
})
