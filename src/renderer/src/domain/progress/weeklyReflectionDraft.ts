import type { Agreement } from '../agreements/types'
import { addDays, startOfWeek, type LocalDate } from '../commitments/calendar/localDate'
import { readableDate } from '../commitments/calendar/readableDate'
import { indexLogs } from '../commitments/commitmentLog'
import type { Commitment, CommitmentLog } from '../commitments/types'
import { keptInWeek } from '../commitments/weeksKept'
import type { Entry } from '../journal/entry'
import type { ThemeId } from '../journal/themes'
import { dailyCheckInFlowId } from './flowIds'
import { milestoneReachedOn, type Milestone } from './milestone'

export interface WeeklyReflectionData {
  readonly entries: readonly Entry[]
  readonly agreements: readonly Agreement[]
  readonly commitments: readonly Commitment[]
  readonly commitmentLogs: readonly CommitmentLog[]
  readonly milestones: readonly Milestone[]
  readonly today: LocalDate
  readonly timeZone: string
}

/** The fields of a new 'reflection' entry; the editor opens it for the person to add to. */
export interface WeeklyReflectionDraft {
  readonly kind: 'reflection'
  /** The week's Sunday, or today while the week is still going. */
  readonly date: LocalDate
  readonly title: string
  /** Markdown. */
  readonly body: string
  readonly theme: ThemeId
}

const questions = [
  'What felt steady, or good, this week?',
  'Was there a moment you felt closer, or one that was hard?',
  'What would you like to carry into next week?',
  'What would you say kindly to yourself about this week?',
]

/** Keeps a person's own words on one Markdown line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function day(date: LocalDate): string {
  return readableDate(date, { weekday: true, year: false })
}

function checkInLines(entries: readonly Entry[], from: LocalDate, to: LocalDate): string[] {
  const lines = entries
    .filter((e) => e.flow?.flowId === dailyCheckInFlowId && e.date >= from && e.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((entry) => {
      const ratings = [
        entry.mood === null ? null : `mood ${entry.mood} of 5`,
        entry.trust === null ? null : `trust ${entry.trust} of 5`,
      ].filter((part) => part !== null)
      const title = oneLine(entry.title)
      const details = [ratings.join(', '), title === '' ? '' : `“${title}”`].filter(Boolean)
      return `- ${day(entry.date)}${details.length > 0 ? `: ${details.join('. ')}` : ''}`
    })
  return lines.length > 0 ? lines : ['No daily check-ins this week, and that is all right.']
}

function agreementLines(
  agreements: readonly Agreement[],
  from: LocalDate,
  to: LocalDate,
): string[] {
  const lines: string[] = []
  for (const agreement of agreements) {
    for (const checkIn of agreement.checkIns) {
      if (checkIn.date < from || checkIn.date > to) continue
      const note = oneLine(checkIn.note)
      lines.push(
        `- “${oneLine(agreement.title)}”: ${checkIn.rating} of 5 on ${day(checkIn.date)}${note === '' ? '' : `. ${note}`}`,
      )
    }
  }
  return lines.length > 0 ? lines : ['No agreement check-ins this week.']
}

/**
 * A Markdown draft for the week holding `week`: the week's daily check-ins, agreement check-ins,
 * commitments kept and milestones reached, then gentle questions with room to answer.
 */
export function weeklyReflectionDraft(
  week: LocalDate,
  data: WeeklyReflectionData,
): WeeklyReflectionDraft {
  const monday = startOfWeek(week)
  const sunday = addDays(monday, 6)
  const lastDay = data.today < sunday ? data.today : sunday
  const logs = indexLogs(data.commitmentLogs)
  const sections: string[] = [
    `*The week of ${readableDate(monday, { year: false })} to ${readableDate(sunday)}. Add as much or as little as you like.*`,
    ['## Daily check-ins', ...checkInLines(data.entries, monday, sunday)].join('\n'),
    ['## Agreements', ...agreementLines(data.agreements, monday, sunday)].join('\n'),
  ]
  const current = data.commitments.filter((c) => c.archivedOn === null || c.archivedOn > monday)
  if (current.length > 0) {
    const lines = current.map((commitment) => {
      const tally = keptInWeek(commitment, logs, monday, data.today)
      const planned = tally.due === 1 ? 'planned time' : 'planned times'
      return `- ${oneLine(commitment.title)}: kept ${tally.kept} of ${tally.due} ${planned}${lastDay < sunday ? ' so far' : ''}.`
    })
    sections.push(['## Commitments', ...lines].join('\n'))
  }
  const reached: { readonly title: string; readonly date: LocalDate }[] = []
  for (const milestone of data.milestones) {
    const date = milestoneReachedOn(milestone, data.timeZone)
    if (date !== null && date >= monday && date <= sunday) {
      reached.push({ title: oneLine(milestone.title), date })
    }
  }
  if (reached.length > 0) {
    const lines = reached.map((milestone) => `- ${milestone.title}, on ${day(milestone.date)}.`)
    sections.push(['## Milestones reached', ...lines].join('\n'))
  }
  sections.push(['## Your reflection', ...questions.map((q) => `### ${q}\n\n`)].join('\n\n'))
  return {
    kind: 'reflection',
    date: lastDay < monday ? monday : lastDay,
    title: `Weekly reflection: ${readableDate(monday, { year: false })} to ${readableDate(sunday)}`,
    body: `${sections.join('\n\n').trimEnd()}\n`,
    theme: 'patience',
  }
}
