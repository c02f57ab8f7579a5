import type { NonApologyCategory } from '../types'

/**
 * Each category's fill-in wording, with ___ where the writer's own words go. Offered when no
 * rewrite of the person's sentence comes out clean, so none of these may be flagged by the
 * checker itself (a unit test holds them to that). The feelings in brackets avoid "lonely" and
 * "scared": the excuse rule counts those as strain, and two of them read as reasons.
 */
export const fillInWordings: Readonly<Record<NonApologyCategory, string>> = {
  conditional: "I'm sorry that I ___.",
  'feelings-shift': "I'm sorry that I ___. I understand why you feel ___.",
  'sorry-but': "I'm sorry that I ___.",
  'passive-voice': 'I ___.',
  vague: "I'm sorry for ___ (what you did, and when).",
  minimiser: 'I ___, and I see how much it hurt you.',
  'blame-shift': "I chose to ___. That was my choice, and it's on me.",
  demanding: "Whenever you're ready, and only if you want to, would you consider ___?",
  'excuse-explanation': "I was ___. That doesn't excuse ___; it was my choice.",
  'evaluation-as-feeling': 'When ___ happened, I felt ___ (hurt, sad, alone), and I need ___.',
}
