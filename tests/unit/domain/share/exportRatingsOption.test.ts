// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { bundlePayloadFor } from '@renderer/db/bundleContents'
import { buildExportDocument } from '@renderer/domain/share/buildExportDocument'
import { defaultExportOptions } from '@renderer/domain/share/exportOptions'
import { renderExportArticle, renderExportHtml } from '@renderer/domain/share/renderExportHtml'
import { renderMarkdownFile } from '@renderer/domain/share/renderMarkdownFile'
import { renderMarkdownFolder } from '@renderer/domain/share/renderMarkdownFolder'
import { shareableFromEntry } from '@renderer/domain/share/shareableFromEntry'
import type { ExportOptions } from '@renderer/domain/share/types'
import { createTestPurify } from '../markdown/purifyForTests'
import { aCheckIn, aLegacyCheckIn, fixedNow, someOptions } from './fixtures'

const purify = createTestPurify()
// The bundle id is the only random part of a payload; its value does not matter here.
const zeroRandom = { randomBytes: (length: number) => new Uint8Array(length) } as CryptoProvider

/** Every way a rating could be said: the field names, the scale words and "n of 5". */
const ratingWording = /\bmood\b|\btrust\b|Fairly good|Quite a lot|of 5/i

/** What each format carries for one check-in, as text. */
function everyFormat(entry: ReturnType<typeof aCheckIn>, options: ExportOptions) {
  const items = [shareableFromEntry(entry)]
  const document = buildExportDocument(items, options, fixedNow)
  const payload = bundlePayloadFor(
    zeroRandom,
    { ...options, senderName: '', items, expiresOn: null },
    fixedNow,
  )
  if (!payload.ok) throw new Error(payload.error.message)
  return {
    preview: renderExportArticle(document, purify),
    html: renderExportHtml(document, purify),
    markdown: renderMarkdownFile(document),
    markdownFolder: renderMarkdownFolder(document)
      .map((file) => file.contents)
      .join('\n'),
    bundle: JSON.stringify(payload.value),
  }
}

describe('sharing a daily check-in', () => {
  for (const [name, entry] of [
    ['saved by this version', aCheckIn()],
    ['saved with its ratings in its text by an earlier build', aLegacyCheckIn()],
  ] as const) {
    describe(name, () => {
      it('says nothing about mood or trust in any format when ratings are left out', () => {
        const formats = everyFormat(entry, someOptions({ includeRatings: false }))
        for (const [format, text] of Object.entries(formats)) {
          expect({ format, rating: ratingWording.exec(text)?.[0] }).toEqual({
            format,
            rating: undefined,
          })
          expect(text).toContain('The tea she made me without asking.')
        }
      })

      it('shows mood and trust once, from the entry fields, in every format when they are included', () => {
        const formats = everyFormat(entry, someOptions({ includeRatings: true }))
        const line = 'Mood: Fairly good (4 of 5) · Trust: Quite a lot (4 of 5)'
        for (const text of [formats.preview, formats.html, formats.markdown]) {
          expect(text).toContain(line)
          expect(text.match(/of 5/g)).toHaveLength(2)
        }
        expect(formats.markdownFolder).toContain('mood: 4\ntrust: 4')
        const item = (JSON.parse(formats.bundle) as { items: Record<string, unknown>[] }).items[0]
        expect(item).toMatchObject({ mood: 4, trust: 4 })
        expect(item?.['bodyMarkdown']).not.toMatch(ratingWording)
      })
    })
  }

  it('leaves ratings out unless the person ticks them', () => {
    expect(defaultExportOptions('en-GB', 'Europe/London').includeRatings).toBe(false)
    const formats = everyFormat(aLegacyCheckIn(), someOptions())
    for (const text of Object.values(formats)) expect(text).not.toMatch(ratingWording)
  })
})
