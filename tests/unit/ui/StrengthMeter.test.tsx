// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { StrengthMeter } from '@renderer/ui/StrengthMeter'

afterEach(cleanup)

function fillClass(): string {
  return screen.getByRole('meter').firstElementChild?.className ?? ''
}

describe('StrengthMeter', () => {
  it('never wears the reassuring colour below what Mend accepts', () => {
    const { rerender } = render(
      <StrengthMeter score={0} explanation="Too short." meetsMinimum={false} />,
    )
    expect(fillClass()).toBe('meter__fill meter__fill--weak')
    rerender(<StrengthMeter score={2} explanation="Nearly." meetsMinimum={false} />)
    expect(fillClass()).toBe('meter__fill meter__fill--fair')
    // Scored high but shorter than 10 characters: still not accepted, still not green.
    rerender(<StrengthMeter score={4} explanation="Longer." meetsMinimum={false} />)
    expect(fillClass()).toBe('meter__fill meter__fill--fair')
    rerender(<StrengthMeter score={3} explanation="Good." meetsMinimum />)
    expect(fillClass()).toBe('meter__fill meter__fill--strong')
  })

  it('leaves out its advice when the field’s own error already gives it', () => {
    render(<StrengthMeter score={0} explanation={null} meetsMinimum={false} />)
    expect(screen.getByRole('meter').nextElementSibling?.textContent).toBe('Very weak.')
  })
})
