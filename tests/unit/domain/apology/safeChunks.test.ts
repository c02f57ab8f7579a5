import { describe, expect, it } from 'vitest'
import { safeChunks } from '@renderer/domain/apology/checker/safeChunks'

function pieces(line: string): string[] {
  return safeChunks(line).map((c) => line.slice(c.start, c.end))
}

describe('safe chunks of a line', () => {
  it('cut at plain sentence ends before a capital', () => {
    expect(pieces('I lied. I am sorry! Will you talk to me? “Yes,” you said.')).toEqual([
      'I lied.',
      'I am sorry!',
      'Will you talk to me?',
      '“Yes,” you said.',
    ])
  })

  it('leave titles, initials and lower-case continuations to compromise', () => {
    expect(pieces('I saw Dr. Patel with J. R. Smith. e.g. this is one piece.')).toEqual([
      'I saw Dr. Patel with J. R. Smith. e.g. this is one piece.',
    ])
  })

  it('cover a line with no full stop, and an empty line', () => {
    expect(pieces('no full stop here')).toEqual(['no full stop here'])
    expect(pieces('')).toEqual([])
  })
})
