import type { AnalysedSentence, Token } from '../checker/analysedSentence'
import { apologyHeads } from '../checker/apologyHeads'
import { isNegative } from '../checker/clauses'
import type { ApologyComponent } from '../types'
import { wordSet } from '../checker/wordSet'

/** Acts a person apologises for; "I" followed by one of these owns the act. */
const wrongs = wordSet(`
  lied lie hid hide broke break cheated betrayed hurt deceived kept read checked
  snooped spent gambled drank forgot missed shouted yelled screamed ignored dismissed
  belittled insulted criticised criticized blamed humiliated embarrassed misled
  manipulated stole took crossed let put chose failed neglected abandoned left flirted
  texted slept kissed wasted ruined violated accused snapped lost raised said made
  treated mocked pressured controlled wronged deleted
`)
/** Things left undone: "I didn't listen" owns an omission. */
const omissions = wordSet(`
  listen call tell keep come answer help ask think stop notice show say
`)
const selfJudgements = wordSet(`
  wrong cruel unkind unfair selfish dishonest careless responsible thoughtless
`)
const ownedThings = wordSet(`
  lying lies affair drinking secrets behaviour behavior actions choices words temper
  gambling betrayal
`)

const phraseCues: Readonly<Record<ApologyComponent, readonly string[]>> = {
  regret: [
    'i wish i',
    'ashamed',
    'i feel terrible',
    'i feel awful',
    'i feel sick',
    'i feel horrible',
    'i hate that i',
    'heartbroken',
  ],
  responsibility: [
    'my fault',
    'my choice',
    'my decision',
    'my responsibility',
    'i take responsibility',
    'i take full responsibility',
    'no excuse',
    'not excuse',
    'on me',
    'by me',
    'wrong of me',
    'i own',
  ],
  explanation: [
    'because',
    'the reason',
    'what was going on for me',
    'i think i',
    'i have realised',
    'i have realized',
    'i realise',
    'i realize',
    'i understand now',
    'i was afraid',
    'i was scared',
    'i was ashamed',
    'since i',
  ],
  repentance: [
    'i will',
    'i am going to',
    'i promise',
    'from now on',
    'never again',
    'going forward',
    'i commit',
    'i have stopped',
    'i have started',
    'i am working on',
    'i am learning',
    'i would never',
  ],
  repair: [
    'make it up to you',
    'make this right',
    'make it right',
    'make things right',
    'make amends',
    'repair',
    'pay you back',
    'pay back',
    'repay',
    'replace',
    'what can i do',
    'anything i can do',
    'how can i',
    'let me fix',
    'let me make',
    'let me pay',
    'i have booked',
    'i have arranged',
    'what would help',
    'i can show you',
    'i will show you',
    'i would like to offer',
  ],
  'forgiveness-request': ['forgive me', 'forgiving me', 'your forgiveness', 'for forgiveness'],
}

function spoken(tokens: readonly Token[]): string {
  return ` ${tokens.map((t) => t.normal).join(' ')} `
}

/** Phrases only count when not taken back: "I can't promise" is not a promise. */
function saysPhrase(text: string, phrase: string): boolean {
  let at = text.indexOf(` ${phrase} `)
  while (at >= 0) {
    const before = text.slice(Math.max(0, at - 10), at)
    if (!/\b(not|never)\s*$/.test(before) || phrase.startsWith('no')) return true
    at = text.indexOf(` ${phrase} `, at + 1)
  }
  return false
}

const futureOrHypothetical = wordSet(`
  will would can could shall might may going to
`)

/** "I lied" and "I didn't listen" own an act; "I never lied" denies one; "I will tell" promises. */
function ownsAnAct(tokens: readonly Token[]): boolean {
  for (const [i, token] of tokens.entries()) {
    if (token.normal === 'my' && ownedThings.has(tokens[i + 1]?.normal ?? '')) return true
    if (token.normal !== 'i') continue
    let negated = false
    let didNot = false
    for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
      const next = tokens[j]
      if (!next || futureOrHypothetical.has(next.normal)) break
      if (isNegative(next)) {
        negated = true
        didNot = didNot || tokens[j - 1]?.normal === 'did'
        continue
      }
      if (selfJudgements.has(next.normal)) return !negated
      if (wrongs.has(next.normal) && next.tags.has('Verb'))
        return negated ? didNot && omissions.has(next.normal) : true
      if (omissions.has(next.normal) && didNot) return true
      const passable =
        next.tags.has('Auxiliary') || next.tags.has('Adverb') || next.tags.has('Copula')
      if (!passable) break
    }
  }
  return false
}

/** Which of the six components this sentence supplies. */
export function componentCues(sentence: AnalysedSentence): ReadonlySet<ApologyComponent> {
  const text = spoken(sentence.tokens)
  const found = new Set<ApologyComponent>()
  if (apologyHeads(sentence).length > 0) found.add('regret')
  if (ownsAnAct(sentence.tokens)) found.add('responsibility')
  for (const [component, phrases] of Object.entries(phraseCues) as [
    ApologyComponent,
    readonly string[],
  ][]) {
    if (phrases.some((p) => saysPhrase(text, p))) found.add(component)
  }
  return found
}
