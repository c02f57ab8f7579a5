import type { Token, TokenSpan } from '../analysedSentence'
import { isNegatedInClause, subjectBefore } from '../clauses'
import { wordSet } from '../wordSet'

/**
 * Closure verbs by lemma, each with what must follow it so that "get help" or "be honest" do
 * not count; null when the verb is closure on its own ("forgive", "forget").
 */
const closureCompletions: ReadonlyMap<string, readonly string[] | null> = new Map(
  Object.entries({
    forgive: null,
    forget: null,
    trust: null,
    drop: null,
    stop: null,
    get: ['over', 'past', 'back'],
    move: ['on', 'past', 'forward'],
    let: ['it', 'this', 'that', 'go', 'me'],
    be: ['over', 'done', 'fine', 'okay', 'ok', 'back', 'past', 'normal'],
    accept: ['my'],
    put: ['this', 'it', 'that'],
    draw: ['a'],
  }),
)

/** Words that make the next verb a duty: "you need to", "we've got to", "time we". */
const dutyWords = wordSet(`
  need needs have has had ought got better gotta must should time
`)
/**
 * Words before "you"/"we"/"us" that press for closure, with whom they press: "can we move on",
 * "let us", "I need you to", "time we". "Can you forgive me?" is a request, and "I want us to
 * move past it" a hope; neither is listed.
 */
const askingWords: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    can: ['we'],
    could: ['we'],
    let: ['us'],
    need: ['you', 'us'],
    expect: ['you', 'us'],
    want: ['you'],
    like: ['you'],
    time: ['we', 'you'],
    for: ['us', 'you'],
    // "it's only right you let me back in": the writer rules on what fairness owes them.
    right: ['you', 'we'],
    fair: ['you', 'we'],
  }),
)
const pressed = new Set(['you', 'we', 'us'])
/** Duty words that are also tense helpers, so they press only with "to" after them. */
const perfectHelpers = wordSet(`
  have has had
`)
/** Softeners that sit between the duty and the verb: "can we please just move on". */
const fillers = wordSet(`
  to please just really all finally simply
`)

/**
 * Framings that turn an ability into an expectation: "surely you can let it go", "you could
 * have forgiven me already", "after all this time". Without one, "can" only asks or allows.
 */
const pressingFrames = wordSet(`
  surely already
`)
const abilityModals = wordSet(`
  can could
`)

function isPressed(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, k) =>
      pressingFrames.has(t.normal) ||
      (t.normal === 'time' && tokens[k - 1]?.normal === 'this' && tokens[k - 2]?.normal === 'all'),
  )
}

/** "You owe it to the kids to forgive me": forgiveness framed as a debt the partner owes. */
function owedAt(tokens: readonly Token[], v: number): number {
  if (tokens[v - 1]?.normal !== 'to') return -1
  for (let k = v - 2; k >= 0; k--) {
    const word = tokens[k]
    if (!word || word.pauseAfter) return -1
    if (word.root === 'owe' && subjectBefore(tokens, k)?.normal === 'you')
      return isNegatedInClause(tokens, k) ? -1 : k
  }
  return -1
}

/** 6: "let the business with the car go" puts a noun phrase of five words inside. */
const letGoReach = 6

/** "let the Vegas trip go": whatever noun phrase sits between, "let … go" asks for closure. */
function letGoEnd(tokens: readonly Token[], v: number): number {
  for (let k = v + 1; k <= v + letGoReach; k++) {
    const token = tokens[k]
    if (!token || token.pauseAfter) return -1
    if (token.normal === 'go') return k > v + 1 ? k : -1
    if (token.tags.has('Verb') || token.tags.has('Pronoun')) return -1
  }
  return -1
}

/** Last token of a closure phrase starting at v ("move on", "let it go", "forgive"), or -1. */
function closureEnd(tokens: readonly Token[], v: number): number {
  const verb = tokens[v]
  if (!verb) return -1
  // has(), not ??: a null entry means "closure on its own" and must not fall through to the
  // written form, or "forgave" (root "forgive") would never count.
  const key = closureCompletions.has(verb.root) ? verb.root : verb.normal
  const completions = closureCompletions.get(key)
  if (completions === undefined) return -1
  if (completions === null) return v
  const next = tokens[v + 1]?.normal ?? ''
  if (key === 'let' && !completions.includes(next)) return letGoEnd(tokens, v)
  if (!completions.includes(next)) return -1
  // "let me know" asks for news, not for closure.
  if (next === 'me' && tokens[v + 2]?.normal === 'know') return -1
  // "get back to normal" is closure; "get back to talking on walks" is a plan.
  if (next === 'back') {
    const after = tokens.slice(v + 2, v + 6).map((t) => t.normal)
    if (!after.includes('normal') && !after.includes('how')) return -1
  }
  return v + 1
}

/**
 * Forgiveness or closure required of the partner (or of "us"): "you need to move on", "can we
 * please just move on?", "it's time we put this behind us". Negated duties ("you don't have to
 * forgive me") are left alone.
 */
export function closureDemandAt(tokens: readonly Token[], v: number): TokenSpan | null {
  const end = closureEnd(tokens, v)
  if (end < 0) return null
  const owed = owedAt(tokens, v)
  if (owed >= 0) return { first: owed, last: end }
  let j = v - 1
  while (j >= 0 && (tokens[j]?.tags.has('Adverb') || fillers.has(tokens[j]?.normal ?? ''))) j--
  const here = tokens[j]
  if (!here) return null
  if (pressed.has(here.normal)) {
    const asking = tokens[j - 1]?.normal ?? ''
    if (!askingWords.get(asking)?.includes(here.normal)) return null
    // "…for us to": only after "enough time has passed" and the like.
    if (asking === 'for' && !tokens.slice(0, j).some((t) => t.normal === 'time')) return null
    if (isNegatedInClause(tokens, j - 1)) return null
    return { first: j - 1, last: end }
  }
  // "you need to", "you had to" press a duty; "if you had trusted me" is only a tense.
  const bareTense = perfectHelpers.has(here.normal) && tokens[j + 1]?.normal !== 'to'
  const duty =
    (dutyWords.has(here.normal) && !bareTense) ||
    (abilityModals.has(here.normal) && isPressed(tokens))
  if (!duty || isNegatedInClause(tokens, j)) return null
  const agent = subjectBefore(tokens, j)?.normal
  if (here.normal !== 'time' && !pressed.has(agent ?? '')) return null
  return { first: j, last: end }
}
