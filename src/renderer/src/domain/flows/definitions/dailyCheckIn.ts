import type { FlowDefinition } from '../types'

export const dailyCheckIn: FlowDefinition = {
  id: 'daily-check-in',
  title: 'Daily check-in',
  theme: 'consistency',
  description:
    'Five short questions to notice how today went. It takes a couple of minutes, and every answer is fine.',
  entry: { title: 'Daily check-in', tags: ['check-in'] },
  steps: [
    {
      id: 'mood',
      type: 'rating',
      scale: 'mood',
      entryField: 'mood',
      required: true,
      question: 'How is your mood today?',
      hint: 'There is no right answer. Pick whatever is closest to how you feel right now.',
      label: 'Mood',
    },
    {
      id: 'trust',
      type: 'rating',
      scale: 'trust',
      entryField: 'trust',
      required: true,
      question: 'How much trust do you feel today?',
      hint: 'Trust rises and falls from day to day. Simply notice where it is now.',
      label: 'Trust I feel',
    },
    {
      id: 'appreciated',
      type: 'text',
      multiline: false,
      required: false,
      question: 'What is one thing you appreciated today?',
      hint: 'It can be small: a message, a cup of tea, a patient moment.',
      label: 'Something I appreciated',
    },
    {
      id: 'kept-my-word',
      type: 'text',
      multiline: false,
      required: false,
      question: 'What is one thing you did to keep your word?',
      hint: 'Anything counts, including a promise you made to yourself.',
      label: 'How I kept my word',
    },
    {
      id: 'need',
      type: 'text',
      multiline: false,
      required: false,
      question: 'What is one thing you need?',
      hint: 'From your partner, from yourself or from someone else. Naming it is enough for now.',
      label: 'One thing I need',
    },
  ],
}
