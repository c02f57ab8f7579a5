import type { FlowDefinition } from '../types'

export const listeningNotes: FlowDefinition = {
  id: 'listening-notes',
  title: 'Listening notes',
  theme: 'communication',
  description:
    'After your partner has shared something, write it down while it is fresh, to understand rather than to answer.',
  entry: { title: 'Listening notes', tags: ['listening'] },
  steps: [
    {
      id: 'partner-said',
      type: 'text',
      multiline: true,
      required: true,
      question: 'What did your partner say?',
      hint: 'Stay as close to their words as you can, and leave your reply out for now.',
      label: 'What my partner said',
    },
    {
      id: 'partner-feels',
      type: 'text',
      multiline: true,
      required: false,
      question: 'What do you think they feel?',
      hint: 'A guess is fine. You can gently check it with them later.',
      label: 'What I think they feel',
    },
    {
      id: 'understand-better',
      type: 'text',
      multiline: true,
      required: false,
      question: 'What would you like to understand better?',
      hint: 'Questions you could ask out of real curiosity, not to make a point.',
      label: 'What I want to understand better',
    },
  ],
}
