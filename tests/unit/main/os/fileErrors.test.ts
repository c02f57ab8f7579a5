import { describe, expect, it } from 'vitest'
import { openErrorToAppError, saveErrorToAppError } from '../../../../src/main/os/fileErrors'

const withCode = (code: string) => Object.assign(new Error(code), { code })

describe('saveErrorToAppError', () => {
  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['EROFS', 'read-only'],
    ['ENOENT', 'folder-missing'],
    ['EISDIR', 'name-taken'],
    ['ENAMETOOLONG', 'name-too-long'],
    ['EIO', 'write-failed'],
  ])('tells the person about %s as %s', (code, expected) => {
    const appError = saveErrorToAppError(withCode(code))
    expect(appError.code).toBe(expected)
    // Every message says what happened and what to do next, in a full sentence or two.
    expect(appError.message).toMatch(/\.$/)
    expect(appError.message).not.toMatch(/E[A-Z]{3,}/)
  })

  it('copes with something that is not an error at all', () => {
    expect(saveErrorToAppError('weird').code).toBe('write-failed')
  })
})

describe('openErrorToAppError', () => {
  it.each([
    ['EACCES', 'permission-denied'],
    ['ENOENT', 'not-found'],
    ['EISDIR', 'not-a-file'],
    ['EIO', 'read-failed'],
  ])('tells the person about %s as %s', (code, expected) => {
    expect(openErrorToAppError(withCode(code)).code).toBe(expected)
  })
})
