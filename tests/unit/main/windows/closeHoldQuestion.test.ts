import { describe, expect, it } from 'vitest'
import {
  closeHoldQuestion,
  closesAfterAnswer,
} from '../../../../src/main/windows/closeHoldQuestion'

describe('the question before closing a window that holds recovery words', () => {
  it('says what would be lost and that new words can be made later', () => {
    const question = closeHoldQuestion('recovery-words')
    expect(question.message).toBe('Your recovery words are still on screen.')
    expect(question.detail).toMatch(/only once/)
    expect(question.detail).toMatch(/make new ones in Settings/)
  })

  it('stays open by default, on Escape, and on anything but “Close anyway”', () => {
    const question = closeHoldQuestion('recovery-words')
    expect(question.buttons[question.defaultId]).toBe('Keep Mend open')
    expect(question.buttons[question.cancelId]).toBe('Keep Mend open')
    expect(closesAfterAnswer(question.buttons.indexOf('Close anyway'))).toBe(true)
    expect(closesAfterAnswer(question.defaultId)).toBe(false)
    expect(closesAfterAnswer(-1)).toBe(false)
  })
})
