// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { wordDiff } from '@renderer/domain/apology/drafts/wordDiff'
import { ApologyDiffColumns } from '@renderer/ui/ApologyDiffColumns'
import { ApologyHighlightedText } from '@renderer/ui/ApologyHighlightedText'
import { ApologyScoreMeter } from '@renderer/ui/ApologyScoreMeter'
import { ApologyStepNavigator } from '@renderer/ui/ApologyStepNavigator'

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

describe('ApologyStepNavigator', () => {
  const step = { optional: false, answered: true, stillToLookAt: '' }

  it('ticks a written step only when nothing in it is flagged', () => {
    render(
      <ApologyStepNavigator
        steps={[
          { ...step, id: 'a', title: 'What happened' },
          { ...step, id: 'b', title: 'Saying sorry', stillToLookAt: '2 phrases still to look at' },
          { ...step, id: 'c', title: 'Owning it', answered: false },
        ]}
        currentId="b"
        onSelect={() => undefined}
      />,
    )
    const buttons = screen.getAllByRole('button')
    const markers = buttons.map((b) => b.querySelector('.apology-steps__number')?.textContent)
    expect(markers).toEqual(['✓', '✎', '3'])
    expect(buttons[0]?.textContent).toContain('(written)')
    expect(buttons[1]?.textContent).toContain('(written, 2 phrases still to look at)')
    expect(buttons[1]?.querySelector('.apology-steps__number--to-look-at')).not.toBeNull()
    expect(buttons[2]?.textContent).not.toContain('written')
  })
})

describe('ApologyScoreMeter', () => {
  const meter = {
    score: 100,
    present: ['saying sorry'],
    hint: null,
    title: 'What your letter covers',
  }

  it('draws a full, solid bar only when nothing is left to look at', () => {
    const { container } = render(
      <ApologyScoreMeter {...meter} words="Every part is here" settled />,
    )
    expect(container.querySelector('.apology-fill--to-look-at')).toBeNull()
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe('Every part is here')
  })

  it('stripes the bar and says why while phrases are still flagged', () => {
    const words = 'Every part is here — 2 phrases still to look at'
    const { container } = render(<ApologyScoreMeter {...meter} words={words} settled={false} />)
    expect(container.querySelector('.apology-fill--to-look-at')).not.toBeNull()
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe(words)
    expect(screen.getByText(words)).toBeTruthy()
  })
})
