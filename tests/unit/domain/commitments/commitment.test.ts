import { describe, expect, it } from 'vitest'
import {
  archiveCommitment,
  createCommitment,
  editSchedule,
  unarchiveCommitment,
  updateCommitmentDetails,
} from '@renderer/domain/commitments/commitment'
import type { Commitment } from '@renderer/domain/commitments/types'

const now = new Date('2026-03-10T11:30:00Z')

function created(): Commitment {
  const result = createCommitment(
    { title: '  Evening walk together ', schedule: { kind: 'daily' } },
    'walk',
    now,
    'UTC',
  )
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('creating and editing a commitment', () => {
  it('starts on the local day of creation in the person’s zone', () => {
    const inAuckland = createCommitment(
      { title: 'Walk', schedule: { kind: 'daily' } },
      'walk',
      now,
      'Pacific/Auckland',
    )
    expect(inAuckland.ok && inAuckland.value.schedules[0]?.effectiveFrom).toBe('2026-03-11')
    expect(created().schedules).toEqual([
      { effectiveFrom: '2026-03-10', schedule: { kind: 'daily' } },
    ])
    expect(created().title).toBe('Evening walk together')
  })

  it('keeps an optional link to an agreement or a repair step', () => {
    const result = createCommitment(
      {
        title: 'Share my calendar',
        schedule: { kind: 'weekdays', days: [5, 1, 5] },
        link: { kind: 'repair-step', apologyId: 'apology-1', stepId: 'step-2' },
      },
      'share',
      now,
      'UTC',
    )
    expect(result.ok && result.value.link).toEqual({
      kind: 'repair-step',
      apologyId: 'apology-1',
      stepId: 'step-2',
    })
    expect(result.ok && result.value.schedules[0]?.schedule).toEqual({
      kind: 'weekdays',
      days: [1, 5],
    })
  })

  it('refuses an empty name or schedule with a calm message', () => {
    const noName = createCommitment({ title: ' ', schedule: { kind: 'daily' } }, 'x', now, 'UTC')
    expect(!noName.ok && noName.error).toEqual({
      code: 'invalid-commitment',
      message: 'Give the commitment a short name, like "Evening walk together".',
    })
    const noDays = createCommitment(
      { title: 'Call', schedule: { kind: 'weekdays', days: [] } },
      'x',
      now,
      'UTC',
    )
    expect(!noDays.ok && noDays.error.message).toBe(
      'Choose at least one day of the week for this commitment.',
    )
  })

  it('appends a schedule edit as history instead of overwriting it', () => {
    const edited = editSchedule(created(), { kind: 'timesPerWeek', times: 3 }, '2026-03-12', now)
    expect(edited.ok && edited.value.schedules).toEqual([
      { effectiveFrom: '2026-03-10', schedule: { kind: 'daily' } },
      { effectiveFrom: '2026-03-12', schedule: { kind: 'timesPerWeek', times: 3 } },
    ])
  })

  it('lets a second edit on the same day replace the first, and ignores a no-op edit', () => {
    const first = editSchedule(created(), { kind: 'timesPerWeek', times: 3 }, '2026-03-12', now)
    if (!first.ok) throw new Error(first.error.message)
    const second = editSchedule(first.value, { kind: 'timesPerWeek', times: 4 }, '2026-03-12', now)
    expect(second.ok && second.value.schedules.length).toBe(2)
    expect(second.ok && second.value.schedules[1]?.schedule).toEqual({
      kind: 'timesPerWeek',
      times: 4,
    })
    const same = editSchedule(created(), { kind: 'daily' }, '2026-03-14', now)
    expect(same.ok && same.value.schedules.length).toBe(1)
  })

  it('refuses a schedule change dated before the commitment began', () => {
    const early = editSchedule(created(), { kind: 'daily' }, '2026-03-01', now)
    expect(!early.ok && early.error.message).toBe(
      'This commitment began on 10 March 2026. Choose that day or a later one for the new schedule.',
    )
  })

  it('renames, relinks, archives and brings back', () => {
    const renamed = updateCommitmentDetails(
      created(),
      { title: 'Walk after dinner', link: { kind: 'agreement', agreementId: 'a1' } },
      now,
    )
    expect(renamed.ok && [renamed.value.title, renamed.value.link]).toEqual([
      'Walk after dinner',
      { kind: 'agreement', agreementId: 'a1' },
    ])
    const archived = archiveCommitment(created(), '2026-04-01', now)
    expect(archived.ok && archived.value.archivedOn).toBe('2026-04-01')
    if (archived.ok) expect(unarchiveCommitment(archived.value, now).archivedOn).toBeNull()
  })
})
