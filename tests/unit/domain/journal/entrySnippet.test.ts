import { describe, expect, it } from 'vitest'
import { entrySnippet } from '@renderer/domain/journal/entrySnippet'
import { aCheckIn, anEntry } from '../share/fixtures'

describe('entrySnippet', () => {
  it('reads a check-in as its headings with their answers, one part after another', () => {
    expect(entrySnippet(aCheckIn())).toBe(
      'Something I appreciated: The tea she made me without asking. · ' +
        'One thing I need: An hour on Sunday to talk without phones.',
    )
  })

  it('joins the paragraphs of ordinary writing into one line', () => {
    const entry = anEntry({ body: 'We talked about **money**.\n\n- I stayed calm\n- I listened' })
    expect(entrySnippet(entry)).toBe('We talked about money. I stayed calm I listened')
  })

  it('continues after the first line when that line stands in for a missing title', () => {
    const entry = anEntry({ title: ' ', body: '# Old evening\n\nWe argued, then made tea.' })
    expect(entrySnippet(entry)).toBe('We argued, then made tea.')
  })

  it('does not add a colon after a heading that ends in its own punctuation', () => {
    const entry = anEntry({ body: '## What happened?\n\nI was late.\n\n## Notes' })
    expect(entrySnippet(entry)).toBe('What happened? I was late. · Notes')
  })

  it('keeps to about two lines of a list row', () => {
    expect(entrySnippet(anEntry({ body: 'word '.repeat(100) }))).toHaveLength(160)
  })
})
