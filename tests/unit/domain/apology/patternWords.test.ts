import nlp from 'compromise'
import { describe, expect, it } from 'vitest'
import { analyseSentence, pattern } from '@renderer/domain/apology/checker/nlpEngine'
import {
  mayMatch,
  requiredWords,
  type MatchStep,
} from '@renderer/domain/apology/checker/patternWords'
import { developmentCorpus } from '@renderer/domain/apology/corpus/developmentCorpus'

const sources = [
  'you #Adverb? (need|have|ought|got|better) to? (forgive|move)',
  '(took|taken|take) (it|this|that)? (the wrong way|wrongly|personally)',
  '^(like|as if) you (have|had)? never',
  '#Negative #Adverb? (as|so) (bad|serious|big)',
  '(it|this|that|things|everything|stuff) all? just? (happened|escalated|snowballed)',
]

describe('the word pre-filter for match patterns', () => {
  it('lists one set of alternatives per required step and skips optional ones', () => {
    const steps = nlp.parseMatch('you #Adverb? (need|have) to? forgive') as readonly MatchStep[]
    expect(requiredWords(steps).map((set) => [...set].sort())).toEqual([
      ['you'],
      ['have', 'need'],
      ['forgive'],
    ])
    expect(mayMatch(requiredWords(steps), (w) => ['you', 'need', 'forgive'].includes(w))).toBe(true)
    expect(mayMatch(requiredWords(steps), (w) => ['you', 'need'].includes(w))).toBe(false)
  })

  it('never hides a match compromise would have found, on every corpus sentence', () => {
    for (const { text } of developmentCorpus) {
      const sentence = analyseSentence(text)
      const doc = nlp(text)
      for (const source of sources) {
        const direct = doc.match(source).length
        expect(sentence.find(pattern(source)).length, `${source} in ${text}`).toBe(direct)
      }
    }
  })
})
