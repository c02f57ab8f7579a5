import { describe, expect, it } from 'vitest'
import { createUnloadHoldPolicy } from '../../../../src/main/windows/unloadHoldPolicy'

function policyAt(times: number[]) {
  let index = 0
  return createUnloadHoldPolicy(() => times[index++] ?? 0)
}

describe('a page holding its close while it saves', () => {
  it('is closed again shortly the first time, without asking anyone', () => {
    expect(policyAt([0]).onHeld()).toBe('close-again-soon')
  })

  it('makes Mend ask when it holds the close again straight after, since the save cannot finish', () => {
    const policy = policyAt([0, 1_000])
    policy.onHeld()
    expect(policy.onHeld()).toBe('ask')
  })

  it('starts afresh for a close attempted long after the last one', () => {
    const policy = policyAt([0, 60_000])
    policy.onHeld()
    expect(policy.onHeld()).toBe('close-again-soon')
  })

  it('starts afresh after asking, so keeping Mend open and closing later retries quietly first', () => {
    const policy = policyAt([0, 1_000, 3_000])
    policy.onHeld()
    policy.onHeld()
    expect(policy.onHeld()).toBe('close-again-soon')
  })
})
