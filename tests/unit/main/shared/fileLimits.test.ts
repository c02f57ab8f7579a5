import { describe, expect, it } from 'vitest'
import { fileTooLargeMessage, formatMegabytes } from '../../../../src/shared/fileLimits'

describe('file size wording', () => {
  it('says megabytes the way a person would', () => {
    expect(formatMegabytes(50 * 1024 * 1024)).toBe('50')
    expect(formatMegabytes(512 * 1024)).toBe('0.5')
    expect(formatMegabytes(1.25 * 1024 * 1024)).toBe('1.3')
  })

  it('names the limit and what to do', () => {
    expect(fileTooLargeMessage(20 * 1024 * 1024)).toMatch(
      /^This file is larger than Mend can open \(limit 20 MB\)\. Check that you picked the right file/,
    )
  })
})
