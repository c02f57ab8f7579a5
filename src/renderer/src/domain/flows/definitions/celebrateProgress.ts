import type { FlowDefinition } from '../types'

export const celebrateProgress: FlowDefinition = {
  id: 'celebrate-progress',
  title: 'Celebrate progress',
  theme: 'patience',
  description: 'Pause to notice what went well this week, and what helped it happen.',
  entry: { title: 'Celebrating progress', tags: ['progress'] },
  steps: [
    {
      id: 'small-wins',
      type: 'text',
      multiline: true,
      required: true,
      question: 'What small wins did you notice this week?',
      hint: 'As many as you like, one per line. Small is the point.',
      label: 'Small wins this week',
    },
    {
      id: 'made-possible',
      type: 'text',
      multiline: true,
      required: false,
      question: 'What made them possible?',
      hint: 'Something you did, something your partner did, or help from around you.',
      label: 'What made them possible',
    },
    {
      id: 'week-felt',
      type: 'choice',
      required: false,
      question: 'Overall, how did this week feel?',
      hint: 'Every answer is part of the way forward.',
      label: 'How the week felt',
      options: [
        { id: 'lighter', label: 'Lighter than last week' },
        { id: 'same', label: 'About the same' },
        { id: 'heavier', label: 'Heavier, and I kept going' },
      ],
    },
  ],
}
