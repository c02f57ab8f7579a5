/**
 * Record ids are stored in plain text (docs/FORMAT.md, "Plaintext columns"), so they must carry
 * no meaning: random ids (crypto.randomUUID()) or fixed names of singletons ('app-settings'),
 * never a title, a date or a word from the content. The pattern keeps free text out by accident.
 */
const RECORD_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/

export function assertRecordId(id: string): void {
  if (!RECORD_ID_PATTERN.test(id)) {
    throw new RangeError('record ids are 1–128 characters of A–Z, a–z, 0–9, ".", "_", ":" or "-"')
  }
}
