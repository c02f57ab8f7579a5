import type { Prompt } from '../types'

export const healingPrompts: readonly Prompt[] = [
  {
    id: 'healing-01',
    theme: 'healing',
    text: 'What did you do together recently that felt warm or easy, even for a moment?',
    why: 'Easy moments are signs of the connection coming back.',
  },
  {
    id: 'healing-02',
    theme: 'healing',
    text: 'Which activity would you like to share with your partner again, or try together for the first time?',
    why: 'Shared experiences give you new, good memories to stand on.',
  },
  {
    id: 'healing-03',
    theme: 'healing',
    text: 'Who supports you outside the relationship, and how could you lean on them this week?',
    why: 'Healing goes better when more than two people help hold it.',
  },
  {
    id: 'healing-04',
    theme: 'healing',
    text: 'If you see a counsellor or mentor, what would you like to bring to your next session?',
    why: 'Arriving with a question helps you make the most of support.',
  },
  {
    id: 'healing-05',
    theme: 'healing',
    text: 'What are you reading, watching or listening to that helps you understand yourself or the relationship?',
    why: 'Other voices can put words to what you are living through.',
  },
  {
    id: 'healing-06',
    theme: 'healing',
    text: 'How are you looking after your body, your rest and your sleep at the moment?',
    why: 'Rest and care make patience and kindness easier to reach.',
  },
  {
    id: 'healing-07',
    theme: 'healing',
    text: 'Which part of the hurt feels like it is slowly healing? Which part still feels raw?',
    why: 'Healing is uneven; seeing both parts helps you be gentle with each.',
  },
  {
    id: 'healing-08',
    theme: 'healing',
    text: 'Write down a memory of the two of you that you treasure, in as much detail as you like.',
    why: 'Good memories remind you what you are rebuilding toward.',
  },
  {
    id: 'healing-09',
    theme: 'healing',
    text: 'What might your partner need in order to heal that you cannot give them yourself? Who could?',
    why: 'Accepting that you cannot be everything takes pressure off both of you.',
  },
  {
    id: 'healing-10',
    theme: 'healing',
    text: 'Describe a recent moment of closeness: a look, a touch, a shared joke.',
    why: 'Small moments of closeness are easy to miss unless you write them down.',
  },
  {
    id: 'healing-11',
    theme: 'healing',
    text: 'What would a gentle evening together look like this week?',
    why: 'Planning calm time together makes it more likely to happen.',
  },
  {
    id: 'healing-12',
    theme: 'healing',
    text: 'What are you learning about yourself through all of this?',
    why: 'Growth you can name is growth you can keep.',
  },
  {
    id: 'healing-13',
    theme: 'healing',
    text: 'Is there something you would like to forgive yourself for? What stands in the way?',
    why: 'Self-forgiveness and responsibility can exist side by side.',
  },
  {
    id: 'healing-14',
    theme: 'healing',
    text: "How could you make room for your partner's feelings without trying to fix them?",
    why: "Being with someone's pain, rather than solving it, is often what heals.",
  },
  {
    id: 'healing-15',
    theme: 'healing',
    text: 'What gives you hope about the two of you today?',
    why: 'Hope, written down, is easier to return to on hard days.',
  },
]
