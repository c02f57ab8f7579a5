import type { Prompt } from '../types'

export const consistencyPrompts: readonly Prompt[] = [
  {
    id: 'consistency-01',
    theme: 'consistency',
    text: 'What is one caring thing you did today that you plan to do again tomorrow?',
    why: 'Small actions repeated are what trust is rebuilt from.',
  },
  {
    id: 'consistency-02',
    theme: 'consistency',
    text: 'When did you keep your word this week, even in something small?',
    why: 'Kept promises, noticed and remembered, add up to a track record.',
  },
  {
    id: 'consistency-03',
    theme: 'consistency',
    text: 'Which habit is hardest for you to keep up? What tends to get in the way?',
    why: 'Knowing the obstacle is half of planning around it.',
  },
  {
    id: 'consistency-04',
    theme: 'consistency',
    text: 'How might your partner notice your steadiness? How do you notice theirs?',
    why: 'Consistency matters most when it is seen by both of you.',
  },
  {
    id: 'consistency-05',
    theme: 'consistency',
    text: 'Write about a day when you did not feel like making the effort, but did anyway.',
    why: 'Recognising effort on hard days builds confidence that change can hold.',
  },
  {
    id: 'consistency-06',
    theme: 'consistency',
    text: 'What small ritual could you add to your week that says "I am here"?',
    why: 'Rituals turn good intentions into something dependable.',
  },
  {
    id: 'consistency-07',
    theme: 'consistency',
    text: 'If you missed something you meant to do, what happened, and what would help next time?',
    why: 'Looking at a lapse with curiosity, not blame, keeps you moving.',
  },
  {
    id: 'consistency-08',
    theme: 'consistency',
    text: 'What does being reliable look like in your relationship, in everyday terms?',
    why: 'A shared, concrete picture of reliability is easier to live up to.',
  },
  {
    id: 'consistency-09',
    theme: 'consistency',
    text: "Which of your actions do you think matter most to your partner's sense of security?",
    why: 'Putting care where it counts most makes steady effort go further.',
  },
  {
    id: 'consistency-10',
    theme: 'consistency',
    text: 'Look back over the last week. What pattern do you see in your days?',
    why: 'Patterns show what is really happening beyond single good or bad days.',
  },
  {
    id: 'consistency-11',
    theme: 'consistency',
    text: 'What would make your commitments easier to keep on busy or stressful days?',
    why: 'Planning for hard days is what makes consistency realistic.',
  },
  {
    id: 'consistency-12',
    theme: 'consistency',
    text: 'Describe a moment recently when you felt steady and dependable.',
    why: 'Remembering your steadiness makes it easier to find again.',
  },
  {
    id: 'consistency-13',
    theme: 'consistency',
    text: "How do you respond when your partner's trust rises and falls? What helps you stay steady?",
    why: 'Trust rarely returns in a straight line; calm, steady responses help it settle.',
  },
  {
    id: 'consistency-14',
    theme: 'consistency',
    text: 'What promise, however small, will you make to yourself for tomorrow?',
    why: 'Keeping small promises to yourself trains the habit of keeping them to others.',
  },
  {
    id: 'consistency-15',
    theme: 'consistency',
    text: 'Think of someone you trust deeply. What did they do, over time, that earned it?',
    why: "Other people's steadiness can show you what to practise.",
  },
]
