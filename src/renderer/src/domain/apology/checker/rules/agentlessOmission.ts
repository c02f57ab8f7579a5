import { clauseStart, firstPersonSubjects } from '../clauses'
import { suggest } from '../rewriteSuggestion'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'

/** Verbs that carry an omission without its doer: "went unpaid", "were left unanswered". */
const omissionLinks = wordSet(`
  go goes went gone going left remained stayed
`)

/** un- participles: unpaid, unanswered, unopened, unread, unsaid, unspoken, unknown. */
const unParticiple = /^un(?!der)\p{L}{2,}(ed|en|id|ad|rd|wn|ne|lt)$/u

const nameWhoLetItSlide = suggest(
  'Say who let it go:',
  "I didn't ___.",
  'Naming the gap as yours is part of owning it.',
)

/** "The bills went unpaid", "your calls went unanswered": something not done, and nobody not doing it. */
export const agentlessOmission: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  for (let i = 1; i < tokens.length - 1; i++) {
    const link = tokens[i]
    const state = tokens[i + 1]
    if (!link || !state || !omissionLinks.has(link.normal) || !unParticiple.test(state.normal))
      continue
    const from = clauseStart(tokens, i)
    const subject = tokens.slice(from, i).find((t) => t.tags.has('Noun') || t.tags.has('Pronoun'))
    if (!subject || firstPersonSubjects.has(subject.normal)) continue
    // "…went unchallenged because I didn't tell you" names the one who let it go.
    const namesWriter = tokens.slice(i + 2).some((t) => ['i', 'me', 'my'].includes(t.normal))
    if (namesWriter) continue
    findings.push({
      category: 'passive-voice',
      first: from,
      last: i + 1,
      suggestion: nameWhoLetItSlide,
    })
  }
  return findings
}
