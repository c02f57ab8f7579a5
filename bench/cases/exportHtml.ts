import DOMPurify, { type DOMPurify as Purify } from 'dompurify'
import { renderSafeHtml } from '@renderer/domain/markdown/safeHtml'
import { buildExportDocument } from '@renderer/domain/share/buildExportDocument'
import { defaultExportOptions } from '@renderer/domain/share/exportOptions'
import { renderExportHtml } from '@renderer/domain/share/renderExportHtml'
import { renderMarkdownFile } from '@renderer/domain/share/renderMarkdownFile'
import { renderMarkdownFolder } from '@renderer/domain/share/renderMarkdownFolder'
import type { ShareableItem } from '@renderer/domain/share/types'
import { zipExportFiles } from '@renderer/domain/share/zipExportFiles'
import { median, round } from '../benchTiming'
import type { BenchCase, BenchRow } from '../types'

const vocabulary = (
  'we talked about the week and I tried to listen without defending myself it was hard but ' +
  'calmer than before she said she noticed the small things like texting when I am late ' +
  'I still feel ashamed some days and the counsellor reminded us that trust returns slowly ' +
  'through what we do again and again not through promises'
).split(' ')

/** A small seeded generator so every run writes the same journal. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function noteOf(words: number, random: () => number): string {
  const paragraphs: string[] = []
  let paragraph: string[] = []
  for (let index = 0; index < words; index += 1) {
    const word = vocabulary[Math.floor(random() * vocabulary.length)] ?? 'word'
    paragraph.push(index % 37 === 5 ? `**${word}**` : index % 53 === 9 ? `*${word}*` : word)
    if (paragraph.length >= 60) {
      paragraphs.push(`${paragraph.join(' ')}.`)
      paragraph = []
    }
  }
  paragraphs.push(`${paragraph.join(' ')}.`)
  paragraphs.push(
    '- one small step\n- another\n\nSee [the worksheet](https://example.org/worksheet).',
  )
  return paragraphs.join('\n\n')
}

function journal(count: number, wordsEach: number): readonly ShareableItem[] {
  const random = seededRandom(2026)
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2023, 0, 1 + index)).toISOString().slice(0, 10)
    return {
      kind: 'entry',
      entryKind: 'free',
      id: `entry-${index}`,
      title: `Day ${index + 1}: what I noticed`,
      date: day,
      bodyMarkdown: noteOf(wordsEach, random),
      theme: 'consistency',
      tags: ['evening', index % 2 === 0 ? 'talk' : 'walk'],
      mood: 3,
      trust: 4,
      privateNote: 'Only for me.',
    } satisfies ShareableItem
  })
}

const megabytes = (size: number): string => (size / (1024 * 1024)).toFixed(2)

/** Exposed with the DOMPurify instance as a parameter so the same figures can be taken under jsdom. */
export async function runExportBench(purify: Purify): Promise<readonly BenchRow[]> {
  const items = journal(1000, 300)
  const options = {
    ...defaultExportOptions('en-GB', 'UTC'),
    authorName: 'Sam',
    coverNote: 'For our session.',
  }
  const now = new Date(Date.UTC(2026, 10, 25))

  // The preview runs on every keystroke: warm up as typing would, then take the median.
  const note = noteOf(3000, seededRandom(7))
  for (let run = 0; run < 5; run += 1) renderSafeHtml(note, purify)
  const previewTimings: number[] = []
  for (let run = 0; run < 20; run += 1) {
    const started = performance.now()
    renderSafeHtml(note, purify)
    previewTimings.push(performance.now() - started)
  }

  let started = performance.now()
  const html = renderExportHtml(buildExportDocument(items, options, now), purify)
  const htmlMs = performance.now() - started

  started = performance.now()
  const markdown = renderMarkdownFile(buildExportDocument(items, options, now))
  const markdownMs = performance.now() - started

  started = performance.now()
  const zip = zipExportFiles(renderMarkdownFolder(buildExportDocument(items, options, now)), now)
  const zipMs = performance.now() - started

  return [
    {
      name: 'Editor preview, 3,000-word note (median of 20)',
      value: round(median(previewTimings)),
      unit: 'ms',
      goal: '< 16 ms',
    },
    {
      name: 'HTML export, 1,000 entries × 300 words',
      value: Math.round(htmlMs),
      unit: 'ms',
      goal: '< 3000 ms',
    },
    { name: 'HTML export size', value: megabytes(html.length), unit: 'MB' },
    {
      name: 'Markdown export (one file), 1,000 entries',
      value: Math.round(markdownMs),
      unit: 'ms',
      goal: '< 3000 ms',
    },
    { name: 'Markdown export size', value: megabytes(markdown.length), unit: 'MB' },
    {
      name: 'Markdown folder zip, 1,000 entries',
      value: Math.round(zipMs),
      unit: 'ms',
      goal: '< 3000 ms',
    },
    { name: 'Markdown zip size', value: megabytes(zip.byteLength), unit: 'MB' },
  ]
}

export const exportHtmlBench: BenchCase = {
  name: 'Readable exports',
  run: () => runExportBench(DOMPurify),
}

export default exportHtmlBench
