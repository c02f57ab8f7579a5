import { describe, expect, it } from 'vitest'
import { checkStatusWords } from '@renderer/domain/apology/drafts/checkStatusWords'

describe('the line under a checked text area', () => {
  it('says nothing about an empty answer', () => {
    expect(checkStatusWords('  ', 0)).toBe('')
  })

  it('counts the phrases to look at', () => {
    expect(checkStatusWords('I read your messages.', 0)).toBe(
      'No common non-apology wording found. It can miss some, so read it once as they would hear it.',
    )
    expect(checkStatusWords("I'm sorry if you were hurt.", 1)).toBe('One phrase to look at, below.')
    expect(checkStatusWords("I'm sorry if you felt hurt, but…", 4)).toBe(
      '4 phrases to look at, below.',
    )
  })

  it('mentions a blank left in a used wording', () => {
    expect(checkStatusWords("I'm sorry that I ___.", 0)).toBe(
      'No common non-apology wording found. It can miss some, so read it once as they would hear it. One blank still to fill in.',
    )
  })
})
