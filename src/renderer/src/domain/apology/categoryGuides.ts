import type { NonApologyCategory } from './types'

export interface CategoryGuide {
  /** A short name for the highlight's label. */
  readonly title: string
  /** Why this weakens an apology, in one or two plain sentences. */
  readonly explanation: string
}

/** What each finding means, written for Mend; shown beside the highlighted phrase. */
export const categoryGuides: Readonly<Record<NonApologyCategory, CategoryGuide>> = {
  conditional: {
    title: 'A conditional apology',
    explanation:
      '“If” makes the hurt sound uncertain, as if it may not have happened. Saying plainly what you did tells them you already know.',
  },
  'feelings-shift': {
    title: 'Sorry for their feelings',
    explanation:
      'This apologises for how they reacted rather than for what you did, which can sound like the problem is their feelings.',
  },
  'sorry-but': {
    title: 'Sorry, but…',
    explanation:
      'What comes after “but” tends to cancel what came before it. The listener hears the reason, not the apology.',
  },
  'passive-voice': {
    title: 'No one did it',
    explanation:
      'Here the harm happens without anyone doing it. Naming yourself as the one who acted is the heart of taking responsibility.',
  },
  vague: {
    title: 'Vague about what happened',
    explanation:
      'An apology for “everything” or “whatever I did” leaves them unsure you understand what hurt. Naming it shows you do.',
  },
  minimiser: {
    title: 'Making it smaller',
    explanation:
      'Words like “just”, “only” or “I didn’t mean it” shrink the act or put your intentions first. Let them judge how big it was.',
  },
  'blame-shift': {
    title: 'Sharing out the blame',
    explanation:
      'This points to their part or to something else. Even if others played a part, an apology is the place for yours alone.',
  },
  demanding: {
    title: 'Asking for forgiveness as a duty',
    explanation:
      'Forgiveness and timing are theirs to give. A request they are free to refuse is kinder, and more likely to be heard.',
  },
  'excuse-explanation': {
    title: 'The explanation has grown into an excuse',
    explanation:
      'Reasons help when they are short and owned. When they pile up with nothing owned beside them, they read as an excuse.',
  },
  'evaluation-as-feeling': {
    title: 'A judgement dressed as a feeling',
    explanation:
      '“I feel you…” or “I feel ignored” describes what someone else did rather than what you feel. A real feeling (hurt, lonely, scared) is easier to hear.',
  },
}
