import type { Prompt } from '../types'

export const accountabilityPrompts: readonly Prompt[] = [
  {
    id: 'accountability-01',
    theme: 'accountability',
    text: 'In plain words, what did you do that hurt your partner? Try to write it without a "but".',
    why: 'Naming the action clearly is the first step of a sincere apology.',
  },
  {
    id: 'accountability-02',
    theme: 'accountability',
    text: "How do you think your actions affected your partner's days, their sleep or their sense of safety?",
    why: 'Understanding the impact is what makes an apology feel real to the other person.',
  },
  {
    id: 'accountability-03',
    theme: 'accountability',
    text: 'Which explanations or excuses come up when you think about what happened? Write them down, then set them aside.',
    why: 'Seeing excuses on paper helps keep them out of the apology itself.',
  },
  {
    id: 'accountability-04',
    theme: 'accountability',
    text: 'What would a genuine apology from you include? What would it leave out?',
    why: 'Planning an apology keeps it about them rather than about you.',
  },
  {
    id: 'accountability-05',
    theme: 'accountability',
    text: 'What is one specific thing you will do differently from now on?',
    why: 'A concrete change gives an apology weight over time.',
  },
  {
    id: 'accountability-06',
    theme: 'accountability',
    text: 'When did you last feel defensive? What were you trying to protect?',
    why: 'Understanding defensiveness helps you listen instead of guarding.',
  },
  {
    id: 'accountability-07',
    theme: 'accountability',
    text: 'Remember a time someone apologised to you well. What made it land?',
    why: 'A good apology you received shows what sincerity sounds like.',
  },
  {
    id: 'accountability-08',
    theme: 'accountability',
    text: 'What do you find hardest to admit, even to yourself?',
    why: 'Honesty with yourself makes honesty with your partner steadier.',
  },
  {
    id: 'accountability-09',
    theme: 'accountability',
    text: 'Which of your commitments is going well, and which needs more care?',
    why: 'Checking in on promises keeps accountability a practice, not a single moment.',
  },
  {
    id: 'accountability-10',
    theme: 'accountability',
    text: 'If your partner is still hurting, what might they need from you that is not words?',
    why: 'Accountability often shows most clearly in actions and patience.',
  },
  {
    id: 'accountability-11',
    theme: 'accountability',
    text: 'Describe the person you want to be in this relationship. What is one step toward that today?',
    why: 'Change tied to your values lasts longer than change driven by guilt.',
  },
  {
    id: 'accountability-12',
    theme: 'accountability',
    text: 'What comes up in you when your partner brings up the past? How could you respond with care?',
    why: 'Preparing for hard moments helps you stay present instead of shutting down.',
  },
  {
    id: 'accountability-13',
    theme: 'accountability',
    text: 'Is there a small thing you have not owned yet? Write it down honestly.',
    why: 'Small unspoken things can quietly weigh on trust.',
  },
  {
    id: 'accountability-14',
    theme: 'accountability',
    text: 'How can you hold yourself responsible without sinking into shame?',
    why: 'Shame makes people hide; responsibility helps them change.',
  },
  {
    id: 'accountability-15',
    theme: 'accountability',
    text: 'What would help you keep your commitments: a reminder, a person, a routine?',
    why: 'Change is easier with support and structure than with willpower alone.',
  },
]
