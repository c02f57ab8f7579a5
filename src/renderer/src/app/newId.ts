/** Random ids: they are stored in the clear, so they must not reveal when or in what order. */
export function newId(): string {
  return crypto.randomUUID()
}
