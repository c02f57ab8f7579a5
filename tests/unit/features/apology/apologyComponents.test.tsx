// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { wordDiff } from '@renderer/domain/apology/drafts/wordDiff'
import { ApologyDiffColumns } from '@renderer/ui/ApologyDiffColumns'
import { ApologyHighlightedText } from '@renderer/ui/ApologyHighlightedText'

afterEach(cleanup)

describe('ApologyHighlightedText', () => {
  it('shows whatever was typed as text, never as markup', () => {
    const text = 'I’m sorry if <img src=x onerror=alert(1)> hurt you.'
    const { container } = render(
      <ApologyHighlightedText text={text} ranges={[{ start: 4, end: 12 }]} label="Checked" />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('mark')?.textContent).toBe('sorry if')
    expect(screen.getByRole('document', { name: 'Checked' }).textContent).toContain('<img src=x')
  })

  it('numbers each flagged phrase where it ends, in words for screen readers', () => {
    const { container } = render(
      <ApologyHighlightedText
        text="Sorry if you were hurt."
        ranges={[
          { start: 0, end: 8 },
          { start: 6, end: 22 },
        ]}
        label="Checked"
      />,
    )
    const numbers = [...container.querySelectorAll('sup')].map((s) => s.textContent)
    expect(numbers).toEqual(['(phrase 1)', '(phrase 2)'])
  })
})

describe('ApologyDiffColumns', () => {
  it('marks removed words with <del> on the left and added words with <ins> on the right, in words too', () => {
    const parts = wordDiff('It was my decision.', 'It was my choice.')
    const { container } = render(
      <ApologyDiffColumns parts={parts} beforeLabel="Version 1" afterLabel="Version 2" />,
    )
    const before = screen.getByRole('region', { name: 'Version 1' })
    const after = screen.getByRole('region', { name: 'Version 2' })
    expect(before.querySelector('del')?.textContent).toBe('[removed: decision]')
    expect(before.querySelector('ins')).toBeNull()
    expect(after.querySelector('ins')?.textContent).toBe('[added: choice]')
    expect(container.textContent).toContain('It was my ')
  })
})
