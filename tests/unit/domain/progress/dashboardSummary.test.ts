import { describe, expect, it } from 'vitest'
import {
  agreementsSentence,
  commitmentsSentence,
  milestonesSentence,
  setbacksSentence,
  themesSentence,
} from '@renderer/domain/progress/dashboardSummary'
import type { AgreementsOverview } from '@renderer/domain/progress/agreementsOverview'

const noAgreements: AgreementsOverview = {
  active: 0,
  toRevisit: 0,
  retired: 0,
  averageRating: null,
  recentAverageRating: null,
  recentCheckIns: 0,
  reviewsDue: 0,
  agreements: [],
}

describe('dashboard text alternatives', () => {
  it('groups large counts and names the two most written-about themes', () => {
    expect(
      themesSentence([
        { theme: 'healing', name: 'Healing together', count: 1200 },
        { theme: 'patience', name: 'Patience and progress', count: 8000 },
        { theme: null, name: 'No theme', count: 800 },
      ]),
    ).toBe(
      '10,000 entries in all. Most are about “Patience and progress” (8,000), then “Healing together” (1,200).',
    )
    expect(themesSentence([{ theme: null, name: 'No theme', count: 1 }])).toBe(
      '1 entry in all. None has a theme yet.',
    )
  })

  it('mentions agreements to revisit and a quiet month without check-ins', () => {
    expect(agreementsSentence({ ...noAgreements, active: 1, toRevisit: 2 })).toBe(
      '1 agreement active, 2 to revisit. No check-ins in the last 28 days.',
    )
  })

  it('says when nothing was planned', () => {
    expect(commitmentsSentence({ kept: 0, due: 0, days: 28 }, 2)).toBe(
      'Nothing was planned in the last 28 days.',
    )
    expect(commitmentsSentence({ kept: 1, due: 1, days: 28 }, 1)).toBe(
      'Across your commitments, you kept 1 of 1 planned time in the last 28 days.',
    )
  })

  it('names milestones without pressing for more', () => {
    expect(milestonesSentence(3, [])).toBe('3 milestones named, none reached yet.')
  })

  it('places older setbacks on the timeline without dwelling on them', () => {
    const old = [
      { date: '2026-01-10', kind: 'setback' as const, id: 'e1', label: 'A hard evening' },
    ]
    expect(setbacksSentence(old, '2026-03-11')).toBe(
      'None in the last 28 days; 1 setback worked through in all, marked beside your milestones.',
    )
  })

  it('uses no words of judgement', () => {
    const sentences = [
      agreementsSentence({ ...noAgreements, active: 2, recentAverageRating: 1.2 }),
      commitmentsSentence({ kept: 2, due: 28, days: 28 }, 1),
      setbacksSentence(
        [{ date: '2026-03-10', kind: 'setback', id: 'e', label: 'x' }],
        '2026-03-11',
      ),
    ].join(' ')
    expect(sentences).not.toMatch(/fail|only|bad|poor|streak|broke|lost|should/i)
  })
})
