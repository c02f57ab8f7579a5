/**
 * The ids of the entries at the top of the timeline. Unlock opens these few first, so the
 * timeline is on screen before the rest of a large journal has been decrypted. Only random ids,
 * never content, so a stale list can show nothing that was deleted.
 */
export const NEWEST_OPENED_FIRST = 40

export function newestIds(sorted: readonly { readonly id: string }[]): string[] {
  return sorted.slice(0, NEWEST_OPENED_FIRST).map((entry) => entry.id)
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index])
}
