import type { Prompt } from '../types'

export const communicationPrompts: readonly Prompt[] = [
  {
    id: 'communication-01',
    theme: 'communication',
    text: 'What is one thing you wanted to say today but held back? What would help you say it gently?',
    why: 'Noticing what goes unsaid shows where safety is still being built.',
  },
  {
    id: 'communication-02',
    theme: 'communication',
    text: 'Think of a recent conversation with your partner. When did you feel most heard, and what did they do that helped?',
    why: 'Naming what works makes it easier to ask for more of it.',
  },
  {
    id: 'communication-03',
    theme: 'communication',
    text: 'Describe a moment today when you listened without planning your reply. What did you notice?',
    why: 'Listening to understand is a skill, and noticing it helps it grow.',
  },
  {
    id: 'communication-04',
    theme: 'communication',
    text: 'Name one feeling you had today in a single word, then explain it to yourself in three sentences.',
    why: 'A feeling with a name is calmer to share later.',
  },
  {
    id: 'communication-05',
    theme: 'communication',
    text: 'Is there a subject you both steer around? Write what you fear might happen if you raised it.',
    why: 'Fears written down often turn out smaller and easier to handle.',
  },
  {
    id: 'communication-06',
    theme: 'communication',
    text: 'Remember the start of a recent argument. What was happening in the minute before it began?',
    why: 'Spotting the early signs gives you a chance to slow down next time.',
  },
  {
    id: 'communication-07',
    theme: 'communication',
    text: 'How do you usually show that you are upset? How might your partner read those signals?',
    why: 'Seeing your signals from the outside prevents misunderstandings.',
  },
  {
    id: 'communication-08',
    theme: 'communication',
    text: 'Write one sentence that begins "I feel … when … because …" about something on your mind.',
    why: 'Speaking from your own experience invites listening rather than defence.',
  },
  {
    id: 'communication-09',
    theme: 'communication',
    text: 'What helps you stay calm when a conversation gets hard? List anything that has worked, however small.',
    why: 'Having your own calming steps ready makes hard talks safer for both of you.',
  },
  {
    id: 'communication-10',
    theme: 'communication',
    text: 'What question could you ask your partner this week to understand them a little better?',
    why: 'Curiosity is one of the gentlest ways back to closeness.',
  },
  {
    id: 'communication-11',
    theme: 'communication',
    text: 'Think of the last time one of you interrupted the other. What need was hiding under the hurry?',
    why: 'Understanding the urge to interrupt makes it easier to pause.',
  },
  {
    id: 'communication-12',
    theme: 'communication',
    text: 'When and where do the two of you talk best about serious things? What makes that setting work?',
    why: 'Choosing the moment on purpose gives a difficult talk a better chance.',
  },
  {
    id: 'communication-13',
    theme: 'communication',
    text: 'Write about something your partner said recently that you would like to understand better.',
    why: 'Coming back to words with an open mind can soften a first reaction.',
  },
  {
    id: 'communication-14',
    theme: 'communication',
    text: 'What would a safe conversation feel like to you? Describe it in as much detail as you can.',
    why: 'Knowing what safety looks like lets you ask for it clearly.',
  },
  {
    id: 'communication-15',
    theme: 'communication',
    text: 'Did you notice something kind about your partner today that you did not mention? Write it here, and think about sharing it.',
    why: 'Spoken appreciation strengthens the ground that hard conversations stand on.',
  },
]
