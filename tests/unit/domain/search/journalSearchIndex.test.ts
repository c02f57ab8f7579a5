import { describe, expect, it } from 'vitest'
import { createJournalSearchIndex } from '@renderer/domain/search/journalSearchIndex'
import type { HighlightedText, SearchableEntry } from '@renderer/domain/search/types'

function entry(id: string, fields: Partial<SearchableEntry> = {}): SearchableEntry {
  return {
    id,
    title: '',
    body: '',
    tags: [],
    date: '2026-01-10',
    updatedAt: '2026-01-10T20:00:00.000Z',
    ...fields,
  }
}

function marked(text: HighlightedText): string[] {
  return text.ranges.map((range) => text.text.slice(range.start, range.end))
}

const ids = (hits: readonly { id: string }[]): string[] => hits.map((hit) => hit.id)

describe('journal search ranking', () => {
  it('ranks a title match above a body match', () => {
    const index = createJournalSearchIndex([
      entry('body', { title: 'Tuesday', body: 'We talked about the garden and the weekend.' }),
      entry('title', {
        title: 'The garden',
        body: 'We talked about the weekend and many other things.',
      }),
    ])
    expect(ids(index.search('garden'))).toEqual(['title', 'body'])
  })

  it('ranks an exact match above a typo-tolerant one', () => {
    const index = createJournalSearchIndex([
      entry('fuzzy', { body: 'A long walk by the rivet works.' }),
      entry('exact', { body: 'A long walk by the river today.' }),
    ])
    expect(ids(index.search('river'))).toEqual(['exact', 'fuzzy'])
  })

  it('breaks ties in favour of the more recent entry', () => {
    const same = { title: 'Check-in', body: 'Felt calm after dinner.' }
    const index = createJournalSearchIndex([
      entry('old', { ...same, date: '2025-12-01' }),
      entry('new', { ...same, date: '2026-02-01' }),
      entry('mid', { ...same, date: '2026-01-01' }),
    ])
    expect(ids(index.search('calm'))).toEqual(['new', 'mid', 'old'])
  })

  it('finds entries by tag', () => {
    const index = createJournalSearchIndex([
      entry('a', { tags: ['counselling'] }),
      entry('b', { body: 'nothing' }),
    ])
    const [hit] = index.search('counselling')
    expect(hit?.id).toBe('a')
    expect(hit?.matchedTags).toEqual(['counselling'])
  })

  it('requires every word when possible, and falls back to any word when none has all', () => {
    const index = createJournalSearchIndex([
      entry('both', { body: 'honest talk about money' }),
      entry('one', { body: 'honest evening' }),
    ])
    expect(ids(index.search('honest money'))).toEqual(['both'])
    expect(ids(index.search('honest holidays')).sort()).toEqual(['both', 'one'])
  })
})

describe('journal search matching', () => {
  const index = createJournalSearchIndex([
    entry('a', {
      title: 'Apology letter',
      body: 'I wrote down what I want to say. I don’t want excuses.',
    }),
    entry('b', {
      title: 'Café morning',
      body: 'Coffee together, then a conversation about the weekend.',
    }),
    entry('c', { title: '週末', body: '今天我们一起散步。' }),
  ])

  it('finds words from their first letters while typing', () => {
    expect(ids(index.search('conv'))).toEqual(['b'])
    expect(ids(index.search('apol'))).toEqual(['a'])
  })

  it('tolerates a typo in a longer word and marks the word it matched', () => {
    const [hit] = index.search('apolgy')
    expect(hit?.id).toBe('a')
    expect(hit && marked(hit.title)).toEqual(['Apology'])
    expect(ids(index.search('conversaton'))).toEqual(['b'])
  })

  it('ignores case, accents and apostrophes', () => {
    expect(ids(index.search('CAFE'))).toEqual(['b'])
    expect(ids(index.search('dont'))).toEqual(['a'])
  })

  it('finds Chinese words inside a run of characters', () => {
    expect(ids(index.search('散步'))).toEqual(['c'])
  })

  it('finds nothing for a blank query or punctuation', () => {
    expect(index.search('')).toEqual([])
    expect(index.search('  ?! ')).toEqual([])
  })

  it('returns at most the requested number of hits', () => {
    const many = createJournalSearchIndex(
      Array.from({ length: 30 }, (_, i) => entry(`e${i}`, { body: `walk number ${i}` })),
    )
    expect(many.search('walk', { limit: 5 })).toHaveLength(5)
    expect(many.search('walk')).toHaveLength(30)
  })
})

describe('journal search highlights', () => {
  it('marks matched words in the title and body, including prefix and typo matches', () => {
    const index = createJournalSearchIndex([
      entry('a', {
        title: 'Patience with myself',
        body: '**Patient** today. Tried to be *patient* again.',
      }),
    ])
    const [hit] = index.search('patien')
    expect(hit && marked(hit.title)).toEqual(['Patience'])
    expect(hit?.snippet.text).toBe('Patient today. Tried to be patient again.')
    expect(hit && marked(hit.snippet)).toEqual(['Patient', 'patient'])
  })

  it('shows a short passage around the matches from a long body', () => {
    const filler = 'quiet ordinary words fill the page here '.repeat(40)
    const body = `${filler}then we finally spoke about the holiday plans ${filler}`
    const index = createJournalSearchIndex([entry('a', { body })])
    const [hit] = index.search('holiday')
    expect(hit?.snippet.text.length).toBeLessThanOrEqual(180)
    expect(hit?.snippet.clippedStart).toBe(true)
    expect(hit?.snippet.clippedEnd).toBe(true)
    expect(hit && marked(hit.snippet)).toEqual(['holiday'])
    expect(hit?.snippet.text.startsWith(' ')).toBe(false)
  })

  it('shows the opening of the body when only the title matched', () => {
    const index = createJournalSearchIndex([entry('a', { title: 'Sunday', body: 'Slow morning.' })])
    const [hit] = index.search('sunday')
    expect(hit?.snippet).toEqual({
      text: 'Slow morning.',
      ranges: [],
      clippedStart: false,
      clippedEnd: false,
    })
  })

  it('finds words written only in the private note, and says the passage comes from it', () => {
    const index = createJournalSearchIndex([
      entry('a', { title: 'Sunday', body: 'Slow morning.', privateNote: 'I still think about the lighthouse letter.' }),
      entry('b', { body: 'A lighthouse on the walk.' }),
    ])
    const hits = index.search('lighthouse')
    expect(ids(hits).sort()).toEqual(['a', 'b'])
    const fromNote = hits.find((hit) => hit.id === 'a')
    expect(fromNote?.snippetFromPrivateNote).toBe(true)
    expect(marked(fromNote?.snippet as HighlightedText)).toEqual(['lighthouse'])
    expect(hits.find((hit) => hit.id === 'b')?.snippetFromPrivateNote).toBe(false)
  })

  it('returns plain text with ranges, never markup', () => {
    const index = createJournalSearchIndex([entry('a', { body: 'Trust <b>matters</b> & grows' })])
    const [hit] = index.search('matters')
    expect(hit?.snippet.text).not.toContain('<')
    expect(hit && marked(hit.snippet)).toEqual(['matters'])
  })
})

describe('journal search updates', () => {
  it('re-indexes an edited entry and forgets its old words', () => {
    const index = createJournalSearchIndex([entry('a', { body: 'argument in the kitchen' })])
    index.add(entry('a', { body: 'calm talk in the garden' }))
    expect(index.size).toBe(1)
    expect(index.search('kitchen')).toEqual([])
    expect(ids(index.search('garden'))).toEqual(['a'])
  })

  it('removes an entry', () => {
    const index = createJournalSearchIndex([
      entry('a', { body: 'garden' }),
      entry('b', { body: 'garden' }),
    ])
    index.remove('a')
    index.remove('missing')
    expect(index.has('a')).toBe(false)
    expect(ids(index.search('garden'))).toEqual(['b'])
  })

  it('drops everything on dispose and refuses further use', () => {
    const index = createJournalSearchIndex([entry('a', { body: 'garden' })])
    index.dispose()
    expect(() => index.search('garden')).toThrow(/after dispose/)
    expect(() => index.add(entry('b'))).toThrow(/after dispose/)
  })
})

describe('journal search built in slices', () => {
  const many = Array.from({ length: 10 }, (_, i) => entry(`e${i}`, { body: `evening walk ${i}` }))

  it('indexes everything, yielding between slices', async () => {
    const index = createJournalSearchIndex()
    let yields = 0
    await index.addAllInSlices(many, {
      sliceSize: 3,
      yieldToUi: async () => {
        yields += 1
      },
    })
    expect(index.size).toBe(10)
    expect(yields).toBe(4)
  })

  it('stops quietly when the index is disposed part-way', async () => {
    const index = createJournalSearchIndex()
    const building = index.addAllInSlices(many, {
      sliceSize: 2,
      yieldToUi: async () => index.dispose(),
    })
    await expect(building).resolves.toBeUndefined()
  })
})
