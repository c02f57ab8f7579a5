/** Shared wording for file-size limits, so the desktop and browser builds say the same thing. */

const bytesPerMegabyte = 1024 * 1024

/** "50", "0.5": megabytes with at most one decimal, as a person would say it. */
export function formatMegabytes(bytes: number): string {
  const megabytes = Math.round((bytes / bytesPerMegabyte) * 10) / 10
  return String(megabytes)
}

export function fileTooLargeMessage(maxBytes: number): string {
  return (
    `This file is larger than Mend can open (limit ${formatMegabytes(maxBytes)} MB). ` +
    'Check that you picked the right file; if you did, please tell us so we can raise the limit.'
  )
}
