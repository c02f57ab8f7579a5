import { labelled as s, type LabelledSentence } from './labelledSentence'

/*
 * Sentences where several flags share one sentence, added to the development set when "Use this
 * wording" on one flag ("sorry if you felt hurt, but…" → "I'm sorry if you felt hurt.") was
 * found to bring back the others. Labelled by the guide in labelledSentences.ts; the unit tests
 * use them to check that every suggested wording comes out clean.
 */
export const overlappingFlagsSentences: readonly LabelledSentence[] = [
  s(
    "I'm sorry if you felt hurt, but you made me angry.",
    'conditional',
    'feelings-shift',
    'sorry-but',
    'blame-shift',
  ),
  s(
    "I'm sorry if you were offended, but you overreacted.",
    'conditional',
    'feelings-shift',
    'sorry-but',
    'blame-shift',
  ),
  s(
    'Sorry if I was a bit short with you, but I was exhausted.',
    'conditional',
    'minimiser',
    'sorry-but',
  ),
  s(
    "I'm sorry you feel that way, but you started it.",
    'feelings-shift',
    'sorry-but',
    'blame-shift',
  ),
  s(
    "I only looked at your phone once, and I'm sorry if that upset you.",
    'minimiser',
    'conditional',
  ),
  s(
    "I'm sorry if your feelings were hurt, but we both said things.",
    'conditional',
    'feelings-shift',
    'sorry-but',
    'passive-voice',
    'blame-shift',
  ),
  s(
    "If you felt ignored, I'm sorry, but you need to get over it by Friday.",
    'conditional',
    'feelings-shift',
    'sorry-but',
    'demanding',
  ),
  s("I'm sorry for everything, but it was just a few messages.", 'vague', 'sorry-but', 'minimiser'),
  s(
    'Sorry if it came across badly. But honestly, you pushed me to it.',
    'conditional',
    'feelings-shift',
    'sorry-but',
    'blame-shift',
  ),
  s("I'm sorry that I read your messages, and I'm not asking you to forgive me yet."),
  s("I'm sorry I shouted, but more than that, I'm sorry I made you feel small."),
  s("I'm sorry that I hurt your feelings, and it was my choice to say those things."),
]
