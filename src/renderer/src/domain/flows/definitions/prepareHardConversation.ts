import type { FlowDefinition } from '../types'

export const prepareHardConversation: FlowDefinition = {
  id: 'prepare-hard-conversation',
  title: 'Prepare for a hard conversation',
  theme: 'communication',
  description:
    'Sort out your thoughts before a difficult talk, one step at a time, so you can speak calmly and listen well.',
  entry: { title: 'Preparing for a hard conversation', tags: ['conversation'] },
  steps: [
    {
      id: 'what-happened',
      type: 'text',
      multiline: true,
      required: true,
      minLength: 10,
      question: 'What happened?',
      hint: 'Describe what a camera would have seen and heard, without judgements: "you came home at ten" rather than "you never care".',
      label: 'What happened',
    },
    {
      id: 'feel',
      type: 'text',
      multiline: true,
      required: true,
      question: 'What do you feel about it?',
      hint: 'Name the feelings themselves: hurt, worried, lonely, hopeful. "I feel that you…" is usually a thought.',
      label: 'What I feel',
    },
    {
      id: 'need',
      type: 'text',
      multiline: true,
      required: true,
      question: 'What do you need?',
      hint: 'Look for the need under the feeling: reassurance, rest, honesty, closeness, time.',
      label: 'What I need',
    },
    {
      id: 'ask',
      type: 'text',
      multiline: true,
      required: true,
      question: 'What will you ask for?',
      hint: 'One clear, doable request that your partner could say yes or no to.',
      label: 'What I will ask for',
    },
    {
      id: 'listen',
      type: 'text',
      multiline: true,
      required: false,
      question: 'How will you listen?',
      hint: 'How you will show you are listening, and what you will do if it gets heated, such as taking a short pause.',
      label: 'How I will listen',
    },
  ],
}
