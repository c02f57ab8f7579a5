import type { Token } from '../analysedSentence'
import { wordSet } from '../wordSet'

/**
 * Participles that name a feeling of one's own ("ashamed", "overwhelmed", "confused"), or a
 * resolve ("committed"), rather than something done to the writer. Everything else shaped like
 * a participle after "I feel" ("stonewalled", "railroaded", "mocked") says what someone did.
 */
const ownFeelings = wordSet(`
  ashamed scared frightened terrified petrified worried embarrassed confused relieved tired
  exhausted drained overwhelmed disappointed surprised shocked heartbroken excited pleased
  delighted depressed stressed frustrated annoyed irritated bored concerned devastated
  saddened troubled alarmed amazed moved touched inspired determined relaxed satisfied gutted
  crushed shattered torn conflicted lost stuck discouraged disheartened horrified mortified
  humbled agitated distracted distressed unsettled panicked flustered puzzled perplexed
  baffled bewildered disgusted appalled startled stunned shaken rattled spooked unnerved
  detached disconnected alienated isolated withdrawn defeated deflated jaded wretched
  committed motivated convinced resolved prepared obliged obligated compelled blessed
  enraged infuriated outraged incensed exasperated overjoyed thrilled elated contented
  fulfilled energised energized refreshed rested calmed grounded tempted attached interested
  amused intrigued fascinated bothered heartened hurt upset worn burnt burned fed wound
  freaked mixed choked bummed pissed ticked cheesed rushed settled focused focussed balanced
  organised organized centred centered sorted informed equipped
`)

/** Being treated well: not an accusation, and "un-" in front of one makes it one. */
const treatedWell = wordSet(`
  loved supported heard seen valued appreciated respected understood welcomed included
  trusted accepted cherished wanted needed forgiven encouraged reassured comforted cared
  connected noticed acknowledged believed considered treasured adored admired protected
`)

/** Particles that make a participle something done to someone: "pushed aside", "shut out". */
const particles = wordSet(`
  aside out off away down
`)

/** Verbs whose participle looks like the base form: "shut out", "cut off", "put down". */
const sameForm = wordSet(`
  shut cut put let left set
`)

const prepositions = wordSet(`
  by about at for over with
`)

function isParticipleShaped(token: Token): boolean {
  return (
    /\p{L}{3,}(ed|en)$/u.test(token.normal) ||
    token.tags.has('Participle') ||
    token.tags.has('Passive')
  )
}

/** "…humiliated by my own behaviour": the writer did it, so it is a feeling about themselves. */
export function selfDirected(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k <= j + 3; k++) {
    if (!prepositions.has(tokens[k]?.normal ?? '')) continue
    const object = tokens[k + 1]?.normal ?? ''
    const then = tokens[k + 2]?.normal ?? ''
    return (
      ['my', 'myself', 'me'].includes(object) || (['what', 'how'].includes(object) && then === 'i')
    )
  }
  return false
}

/**
 * Index of the last token of an accusation posing as a feeling at j ("stonewalled", "pushed
 * aside", "unvalued"), or -1 for a feeling of the writer's own.
 */
export function accusingParticipleEnd(tokens: readonly Token[], j: number): number {
  const word = tokens[j]
  if (!word || selfDirected(tokens, j)) return -1
  const particle = particles.has(tokens[j + 1]?.normal ?? '')
  if (particle && (sameForm.has(word.normal) || isParticipleShaped(word)))
    return ownFeelings.has(word.normal) ? -1 : j + 1
  // "unvalued", "unheard", "uncared for"; but "unprepared" is the writer's own state.
  const unprefixed = word.normal.startsWith('un') ? word.normal.slice(2) : ''
  if (treatedWell.has(unprefixed)) return j
  if (ownFeelings.has(unprefixed)) return -1
  // "I felt used to keeping secrets": accustomed, not used.
  if (word.normal === 'used' && tokens[j + 1]?.normal === 'to') return -1
  if (!isParticipleShaped(word) || ownFeelings.has(word.normal) || treatedWell.has(word.normal))
    return -1
  return j
}
