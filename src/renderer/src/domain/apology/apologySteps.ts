import type { ApologyComponent, ApologyStepId } from './types'

/** One step of the apology builder; the React side renders these as they are. */
export interface ApologyStep {
  readonly id: ApologyStepId
  /** The component the step supplies; null for the opening account of what happened. */
  readonly component: ApologyComponent | null
  readonly title: string
  /** The question shown above the text area. */
  readonly question: string
  readonly placeholder: string
  /** Two or three warm sentences on why this step matters. */
  readonly whyItMatters: string
  readonly goodExample: string
  readonly poorExample: string
  /** Only the request for forgiveness may be left out without the letter losing much. */
  readonly optional: boolean
}

/*
 * Order follows how an apology is best thought through: the facts, the regret, the ownership,
 * a short explanation, the change, the repair and, if wanted, a request. Lewicki, Polin & Lount
 * (2016) found responsibility mattered most, repair next and the request for forgiveness least.
 */
export const apologySteps: readonly ApologyStep[] = [
  {
    id: 'what-happened',
    component: null,
    title: 'What happened',
    question: 'What did you do? Describe it as plainly as you would to a friend who wasn’t there.',
    placeholder: 'On ___, I ___.',
    whyItMatters:
      'Starting with the plain facts, in your own words, shows you see what happened as clearly as they do. Keep to what you did; their part doesn’t belong in this letter.',
    goodExample:
      'On Saturday I read the messages on your phone while you were in the shower, without asking you.',
    poorExample: 'Things got a bit out of hand at the weekend.',
    optional: false,
  },
  {
    id: 'regret',
    component: 'regret',
    title: 'Saying sorry',
    question: 'How do you feel about what you did, and about what it did to them?',
    placeholder: 'I’m sorry that I ___.',
    whyItMatters:
      'A clear “I’m sorry” opens the door. Aim it at what you did, not at how they took it, so it can’t be heard as “sorry you’re upset”.',
    goodExample:
      'I’m sorry I went through your phone. I feel ashamed of it, and I hate that I made you feel watched in your own home.',
    poorExample: 'I’m sorry if you felt your privacy was invaded.',
    optional: false,
  },
  {
    id: 'responsibility',
    component: 'responsibility',
    title: 'Owning it',
    question: 'What was your part? Say it with “I”, and leave theirs out.',
    placeholder: 'It was my choice to ___.',
    whyItMatters:
      'This is the part that matters most. Saying plainly that it was your choice, with no one else in the sentence, tells them they don’t have to carry any of it.',
    goodExample:
      'That was my decision. You didn’t drive me to it, and nothing about my week excuses it.',
    poorExample: 'We both haven’t been at our best lately.',
    optional: false,
  },
  {
    id: 'explanation',
    component: 'explanation',
    title: 'Explaining, without excusing',
    question: 'What was going on for you? One or two sentences is enough.',
    placeholder: 'I think I ___ because ___. That doesn’t excuse it.',
    whyItMatters:
      'A short, honest account of what was going on for you can help them make sense of it. Keep it brief and follow it with ownership, so it doesn’t turn into an excuse.',
    goodExample:
      'I think I was scared you were pulling away, and instead of telling you, I went looking for proof. That fear was mine to talk about, not to act on.',
    poorExample:
      'I’d had a horrible week, work was insane, you’d been distant and I was exhausted, so what did you expect?',
    optional: false,
  },
  {
    id: 'repentance',
    component: 'repentance',
    title: 'What will change',
    question: 'What will you do differently from now on? Be specific.',
    placeholder: 'From now on, I will ___.',
    whyItMatters:
      '“Sorry” looks back; this looks forward. Name the change clearly enough that you will both notice whether you keep it.',
    goodExample:
      'From now on, when I feel insecure I’ll tell you and ask, instead of checking. I’ve started seeing a counsellor on Tuesdays to work on it.',
    poorExample: 'It won’t happen again.',
    optional: false,
  },
  {
    id: 'repair',
    component: 'repair',
    title: 'Making it right',
    question: 'What could you do to repair the harm? What might they need?',
    placeholder: 'I’d like to make it right by ___. Would that help?',
    whyItMatters:
      'After owning it, offering repair matters most. Offer something real, then let them shape it: they know best what would help.',
    goodExample:
      'I’d like to make this right. Would it help if we set aside an evening each week to talk, and I answered anything you want to ask? I’m open to whatever helps you feel safe again.',
    poorExample: 'I bought you flowers, so hopefully we’re even.',
    optional: false,
  },
  {
    id: 'forgiveness-request',
    component: 'forgiveness-request',
    title: 'Asking for forgiveness',
    question: 'If you want to ask, how can you ask without any pressure?',
    placeholder: 'When you’re ready, and only if you want to, ___.',
    whyItMatters:
      'You can ask gently if it feels right, but this matters least and it’s fine to leave it out. Forgiveness is theirs to give, in their own time.',
    goodExample: 'When you’re ready, and only if you want to, I hope you’ll be able to forgive me.',
    poorExample: 'I’ve said sorry, so you need to forgive me now.',
    optional: true,
  },
]

export function apologyStepById(id: ApologyStepId): ApologyStep {
  const step = apologySteps.find((s) => s.id === id)
  if (!step) throw new Error(`Unknown apology step ${id}`)
  return step
}
