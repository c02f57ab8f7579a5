import { describe, expect, it } from 'vitest'
import { nestedHeadingOffset } from '@renderer/domain/markdown/nestedHeadingOffset'

describe('nesting a body’s headings under a title', () => {
  it('puts a guided entry’s level-3 answers one level below a level-2 title, not three', () => {
    expect(nestedHeadingOffset('### What happened\n\nWe argued.\n\n### What I felt\n\nScared.', 2)).toBe(0)
  })

  it('shifts a body that starts at level 1 down below the title', () => {
    expect(nestedHeadingOffset('# Inside\n\n## Deeper', 2)).toBe(2)
    expect(nestedHeadingOffset('# Inside', 1)).toBe(1)
  })

  it('takes the shallowest heading, wherever it comes', () => {
    expect(nestedHeadingOffset('#### Late\n\n## Early', 2)).toBe(1)
  })

  it('gives the title level for a body with no headings', () => {
    expect(nestedHeadingOffset('Just words.', 2)).toBe(2)
  })
})
