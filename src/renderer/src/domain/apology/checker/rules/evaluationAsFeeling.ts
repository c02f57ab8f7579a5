import { quote } from '../rewriting'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'

/**
 * Words that sound like feelings but say what someone else did (after Rosenberg's
 * Nonviolent Communication), each with feelings that might sit underneath.
 */
const feelingsUnderneath: Readonly<Record<string, string>> = {
  abandoned: 'scared and alone',
  attacked: 'scared and defensive',
  betrayed: 'hurt and shaken',
  belittled: 'small and hurt',
  blamed: 'hurt and defensive',
  bullied: 'scared and powerless',
  cheated: 'hurt and angry',
  cornered: 'anxious and trapped',
  criticised: 'hurt and discouraged',
  criticized: 'hurt and discouraged',
  dismissed: 'hurt and unheard',
  disrespected: 'hurt and angry',
  ignored: 'lonely and sad',
  insulted: 'hurt and angry',
  intimidated: 'scared and uneasy',
  invalidated: 'hurt and confused',
  invisible: 'lonely and sad',
  judged: 'anxious and hurt',
  manipulated: 'uneasy and confused',
  misunderstood: 'frustrated and lonely',
  neglected: 'lonely and sad',
  patronised: 'irritated and small',
  patronized: 'irritated and small',
  pressured: 'anxious and tense',
  pressurised: 'anxious and tense',
  provoked: 'angry and on edge',
  rejected: 'hurt and sad',
  trapped: 'anxious and stuck',
  unappreciated: 'sad and tired',
  unheard: 'lonely and frustrated',
  unloved: 'sad and lonely',
  unsupported: 'alone and tired',
  unwanted: 'sad and lonely',
  used: 'hurt and resentful',
}

const softeners = wordSet(`
  so really very quite completely totally pretty incredibly deeply kind of a bit just
  little
`)
const connectors = new Set(['like', 'that', 'as', 'if', 'though'])
const otherPeople = wordSet(`
  you he she they your his her their
`)

const describeInstead = `Say what happened, then the feeling underneath: ${quote(
  'When ___ happened, I felt ___ (hurt, lonely, worried), because I need ___.',
)}`

/** "I feel you ignored me", "I feel abandoned": a judgement of someone else posing as a feeling. */
export const evaluationAsFeeling: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i]?.normal
    if (verb !== 'feel' && verb !== 'felt' && verb !== 'feeling') continue
    const subject = tokens
      .slice(0, i)
      .filter((t) => t.tags.has('Pronoun'))
      .pop()?.normal
    if (subject !== 'i' && subject !== 'we') continue
    let j = i + 1
    while (softeners.has(tokens[j]?.normal ?? '')) j++
    const word = tokens[j]?.normal ?? ''
    const underneath = feelingsUnderneath[word]
    if (underneath) {
      findings.push({
        category: 'evaluation-as-feeling',
        first: i,
        last: j,
        suggestion: `${word.charAt(0).toUpperCase()}${word.slice(1)} says what someone did. Try the feeling underneath: ${quote(`I felt ${underneath} when ___.`)}`,
      })
      continue
    }
    let k = i + 1
    while (connectors.has(tokens[k]?.normal ?? '')) k++
    if (otherPeople.has(tokens[k]?.normal ?? '')) {
      findings.push({
        category: 'evaluation-as-feeling',
        first: i,
        last: k,
        suggestion: describeInstead,
      })
    }
  }
  return findings
}
