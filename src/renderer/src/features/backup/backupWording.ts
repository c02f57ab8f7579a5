/** Small pieces of wording shared by the backup screens. */

const madeAtFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' })

/** "25 November 2026 at 14:30" in the person's own locale; a calm fallback for a bad date. */
export function backupMadeAt(isoInstant: string): string {
  const time = Date.parse(isoInstant)
  return Number.isFinite(time) ? madeAtFormat.format(new Date(time)) : 'an unknown date'
}

export function itemCount(count: number): string {
  return count === 1 ? '1 item' : `${count.toLocaleString()} items`
}
