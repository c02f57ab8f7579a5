import type { Prompt } from '../types'

export const patiencePrompts: readonly Prompt[] = [
  {
    id: 'patience-01',
    theme: 'patience',
    text: 'What small step forward did you notice this week, however modest?',
    why: 'Small steps are the real shape of progress, and they are easy to overlook.',
  },
  {
    id: 'patience-02',
    theme: 'patience',
    text: 'Describe a recent setback kindly, the way you would for a friend who was trying their best.',
    why: 'Kindness after a setback makes it easier to try again.',
  },
  {
    id: 'patience-03',
    theme: 'patience',
    text: 'Compare today with a month ago. What is different, even a little?',
    why: 'Change is often only visible from a distance.',
  },
  {
    id: 'patience-04',
    theme: 'patience',
    text: 'What are you impatient about right now? What might patience make possible?',
    why: 'Naming impatience takes away some of its pressure.',
  },
  {
    id: 'patience-05',
    theme: 'patience',
    text: 'Write down three things that went well today, big or small.',
    why: 'Looking for what went well trains your attention toward it.',
  },
  {
    id: 'patience-06',
    theme: 'patience',
    text: 'What would you like to celebrate, even if it seems too small to mention?',
    why: 'Celebrating small wins keeps motivation alive over a long road.',
  },
  {
    id: 'patience-07',
    theme: 'patience',
    text: 'When you feel discouraged, what do you need to hear? Write it to yourself.',
    why: 'Words you wrote yourself can steady you when you need them.',
  },
  {
    id: 'patience-08',
    theme: 'patience',
    text: 'How has your partner shown effort lately? Have you had a chance to acknowledge it?',
    why: "Noticing the other person's effort keeps progress a shared thing.",
  },
  {
    id: 'patience-09',
    theme: 'patience',
    text: 'If progress is not a straight line, what shape has yours taken so far?',
    why: 'Expecting ups and downs makes the downs less frightening.',
  },
  {
    id: 'patience-10',
    theme: 'patience',
    text: 'Write about a hard day you got through. What helped?',
    why: 'Knowing what carried you once helps you find it again.',
  },
  {
    id: 'patience-11',
    theme: 'patience',
    text: 'What are you hoping will happen quickly that may simply need more time?',
    why: 'Realistic timing protects you from needless disappointment.',
  },
  {
    id: 'patience-12',
    theme: 'patience',
    text: 'Which change in yourself are you quietly proud of?',
    why: 'Recognising your own growth gives you strength to continue.',
  },
  {
    id: 'patience-13',
    theme: 'patience',
    text: 'If the coming months are slow, what would help you keep going?',
    why: 'Planning for a slow stretch makes it feel less like failure.',
  },
  {
    id: 'patience-14',
    theme: 'patience',
    text: 'What does rest look like for you when rebuilding feels tiring?',
    why: 'Rest is part of the work, not a break from it.',
  },
  {
    id: 'patience-15',
    theme: 'patience',
    text: 'Write a short note to yourself to read on a difficult day in the future.',
    why: 'A kind message from your past self can be surprisingly steadying.',
  },
]
