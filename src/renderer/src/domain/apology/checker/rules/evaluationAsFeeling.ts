import type { Token } from '../analysedSentence'
import { apologyHeads } from '../apologyHeads'
import { fillInWordings } from '../fillInWordings'
import { tokenText } from '../rewriting'
import { suggest, type RewriteSuggestion } from '../rewriteSuggestion'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'
import { accusingParticipleEnd, selfDirected } from './accusingParticiple'
import { fauxFeelingPhrases, feelingsUnderneath } from './fauxFeelings'

const feelVerbs = wordSet(`
  feel feels felt feeling
`)

const softeners = wordSet(`
  so really very quite completely totally pretty incredibly deeply kind of a bit just
  little
`)
const connectors = new Set(['like', 'that', 'as', 'if', 'though'])
const otherPeople = wordSet(`
  you he she they your his her their
`)

const describeInstead = suggest(
  'Say what happened, then the feeling underneath:',
  fillInWordings['evaluation-as-feeling'],
)

function capitalised(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`
}

function phraseAt(tokens: readonly Token[], j: number): readonly string[] | undefined {
  return fauxFeelingPhrases.find((phrase) => phrase.every((w, k) => tokens[j + k]?.normal === w))
}

/**
 * "I feel you ignored me", "I feel abandoned", "I felt stonewalled", "it feels like you don't
 * care": a judgement of someone else posing as a feeling.
 */
export const evaluationAsFeeling: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  const add = (first: number, last: number, suggestion: RewriteSuggestion): void => {
    findings.push({ category: 'evaluation-as-feeling', first, last, suggestion })
  }
  for (let i = 1; i < tokens.length; i++) {
    if (!feelVerbs.has(tokens[i]?.normal ?? '')) continue
    const subject = tokens
      .slice(0, i)
      .filter((t) => t.tags.has('Pronoun'))
      .pop()?.normal
    // "It feels like you don't care"; beside an apology, "it felt like" is about reception.
    const itFeels = subject === 'it' && apologyHeads(sentence).length === 0
    if (subject !== 'i' && subject !== 'we' && !itFeels) continue
    let j = i + 1
    while (softeners.has(tokens[j]?.normal ?? '')) j++
    const word = tokens[j]?.normal ?? ''
    // "I felt used to keeping secrets" means accustomed.
    const accustomed = word === 'used' && tokens[j + 1]?.normal === 'to'
    const underneath =
      itFeels || accustomed || selfDirected(tokens, j) ? undefined : feelingsUnderneath.get(word)
    const phrase = itFeels ? undefined : phraseAt(tokens, j)
    const accusing = itFeels ? -1 : accusingParticipleEnd(tokens, j)
    if (underneath) {
      add(
        i,
        j,
        suggest(
          `${capitalised(word)} says what someone did. Try the feeling underneath:`,
          `I felt ${underneath} when ___.`,
        ),
      )
    } else if (phrase) {
      add(i, j + phrase.length - 1, describeInstead)
    } else if (accusing >= 0) {
      const said = tokenText(sentence, j, accusing)
      add(
        i,
        accusing,
        suggest(
          `${capitalised(said)} says what someone did. Try the feeling underneath:`,
          'I felt ___ (hurt, sad, alone) when ___.',
        ),
      )
    } else {
      let k = i + 1
      while (connectors.has(tokens[k]?.normal ?? '')) k++
      if (otherPeople.has(tokens[k]?.normal ?? '')) add(i, k, describeInstead)
    }
  }
  return findings
}
