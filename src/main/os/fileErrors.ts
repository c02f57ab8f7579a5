/** Node file-system errors, told to the person as what happened and what they can do. */
import type { AppError } from '@shared/result'

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown }
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

export const diskFullMessage =
  "There isn't enough space on the disk to save this file. Free some space and try again."

export function saveErrorToAppError(error: unknown): AppError {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: diskFullMessage }
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'permission-denied',
        message:
          "Mend isn't allowed to save in that folder. Choose another folder, such as Documents, and try again.",
      }
    case 'EROFS':
      return {
        code: 'read-only',
        message: 'That place is read-only, so the file could not be saved. Choose another folder.',
      }
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'folder-missing',
        message:
          'The folder for this file is no longer there. Choose another folder and try again.',
      }
    case 'EISDIR':
      return {
        code: 'name-taken',
        message: 'A folder already has that name. Choose another file name and try again.',
      }
    case 'ENAMETOOLONG':
      return {
        code: 'name-too-long',
        message: 'That file name is too long for this disk. Choose a shorter name and try again.',
      }
    default:
      return {
        code: 'write-failed',
        message:
          'Mend could not save this file, and nothing was overwritten. Try again, or choose another folder.',
      }
  }
}

export function openErrorToAppError(error: unknown): AppError {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'permission-denied',
        message:
          "Mend isn't allowed to read that file. Check its permissions or copy it elsewhere first.",
      }
    case 'ENOENT':
      return {
        code: 'not-found',
        message: 'That file is no longer there. It may have been moved; choose it again.',
      }
    case 'EISDIR':
      return { code: 'not-a-file', message: 'That is a folder, not a file. Choose a file instead.' }
    default:
      return {
        code: 'read-failed',
        message: 'Mend could not read that file. Try again, or copy it to another folder first.',
      }
  }
}
