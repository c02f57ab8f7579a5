/** Whether two byte strings are equal. Not constant-time: only for comparing stored, public bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index])
}
