import type { Prompt } from '../types'

export const agreementsPrompts: readonly Prompt[] = [
  {
    id: 'agreements-01',
    theme: 'agreements',
    text: 'Which agreement between you is working well right now? What makes it work?',
    why: 'What already works is solid ground for the next agreement.',
  },
  {
    id: 'agreements-02',
    theme: 'agreements',
    text: 'Is there an expectation you hold that you have never said out loud? Write it as clearly as you can.',
    why: 'Unspoken expectations cannot be met, only missed.',
  },
  {
    id: 'agreements-03',
    theme: 'agreements',
    text: 'What does openness mean to you in practice? Give two or three everyday examples.',
    why: 'Shared, concrete meanings prevent quiet disappointments.',
  },
  {
    id: 'agreements-04',
    theme: 'agreements',
    text: 'Which boundary matters most to you at the moment, and why?',
    why: 'Knowing your reasons makes a boundary easier to explain kindly.',
  },
  {
    id: 'agreements-05',
    theme: 'agreements',
    text: 'How often would you like to check in with each other, and what would a check-in include?',
    why: 'A regular rhythm makes honesty routine instead of an emergency.',
  },
  {
    id: 'agreements-06',
    theme: 'agreements',
    text: 'Is there an agreement that feels hard to keep? What makes it difficult?',
    why: 'Naming a difficulty early lets you adjust together rather than break it quietly.',
  },
  {
    id: 'agreements-07',
    theme: 'agreements',
    text: 'What would you like to propose to your partner this week? Write it as one simple, specific request.',
    why: 'A clear request is easier to say yes to.',
  },
  {
    id: 'agreements-08',
    theme: 'agreements',
    text: 'Think of a mix-up about plans or time. What could you agree on so it does not happen again?',
    why: 'Small practical agreements remove many small hurts.',
  },
  {
    id: 'agreements-09',
    theme: 'agreements',
    text: 'Which routines help you both feel secure: messages, meals, evenings, something else?',
    why: 'Seeing your routines as agreements helps you protect them.',
  },
  {
    id: 'agreements-10',
    theme: 'agreements',
    text: 'When an agreement is broken, how would you like the two of you to handle it?',
    why: 'Deciding how to repair in a calm moment helps in a tense one.',
  },
  {
    id: 'agreements-11',
    theme: 'agreements',
    text: 'Which of your agreements might need a fresh look as things change?',
    why: 'Agreements that grow with you stay fair and alive.',
  },
  {
    id: 'agreements-12',
    theme: 'agreements',
    text: 'What does your partner need in order to feel safe? How do your agreements reflect that?',
    why: "Good agreements are built around both people's sense of safety.",
  },
  {
    id: 'agreements-13',
    theme: 'agreements',
    text: 'Write about a boundary your partner has asked for. How do you honestly feel about honouring it?',
    why: 'Being honest with yourself about a boundary helps you keep it wholeheartedly.',
  },
  {
    id: 'agreements-14',
    theme: 'agreements',
    text: 'What is one thing you are now willing to be open about that you were not before?',
    why: 'Chosen openness is one of the clearest signals of change.',
  },
  {
    id: 'agreements-15',
    theme: 'agreements',
    text: 'Imagine a month from now with your agreements working smoothly. What does an ordinary day look like?',
    why: 'A picture of the goal makes the small daily steps easier to choose.',
  },
]
