import type { FlowDefinition } from '../types'

export const afterSetback: FlowDefinition = {
  id: 'after-setback',
  title: 'After a setback',
  theme: 'patience',
  description:
    'Setbacks are part of rebuilding. Look at this one calmly, take what is yours, and be kind to yourself. Progress marks it beside your milestones, as part of the road.',
  entry: { title: 'After a setback', tags: ['setback'] },
  steps: [
    {
      id: 'what-happened',
      type: 'text',
      multiline: true,
      required: true,
      question: 'What happened?',
      hint: 'Just the facts, as calmly as you can tell them.',
      label: 'What happened',
    },
    {
      id: 'own',
      type: 'text',
      multiline: true,
      required: false,
      question: 'What part of it can you own?',
      hint: 'Only your part. What others did belongs to them.',
      label: 'What I can own',
    },
    {
      id: 'felt',
      type: 'text',
      multiline: true,
      required: false,
      question: 'What did you feel?',
      hint: 'Then, and perhaps now. Both can be true at once.',
      label: 'What I felt',
    },
    {
      id: 'next-time',
      type: 'text',
      multiline: true,
      required: false,
      question: 'What will you try next time?',
      hint: 'One small, realistic change is plenty.',
      label: 'What I will try next time',
    },
    {
      id: 'kind-word',
      type: 'text',
      multiline: false,
      required: false,
      question: 'What kind word can you offer yourself?',
      hint: 'Write what you would say to a friend who had the same day.',
      label: 'A kind word to myself',
    },
  ],
}
