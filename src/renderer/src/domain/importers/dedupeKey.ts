import type { ImportPlan } from './types'

function finalMix(value: number): number {
  let h = value
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * A 64-bit fingerprint of text, as 16 hex digits. Not cryptographic: it only has to tell a
 * journal's own entries apart (10,000 entries collide with odds near 1 in 10^11). The algorithm is
 * part of the stored key format ("v1") and must never change: two 32-bit lanes over UTF-16 code
 * units (FNV-1a with prime 0x01000193, and a multiply-xorshift with 0x5bd1e995), each finished with
 * MurmurHash3's fmix32 after mixing in the length.
 */
export function contentFingerprint(text: string): string {
  let lane1 = 0x811c9dc5
  let lane2 = 0x9747b28c
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index)
    lane1 = Math.imul(lane1 ^ unit, 0x01000193)
    lane2 = Math.imul(lane2 ^ unit, 0x5bd1e995)
    lane2 ^= lane2 >>> 15
  }
  const hex = (value: number): string => value.toString(16).padStart(8, '0')
  return hex(finalMix(lane1 ^ text.length)) + hex(finalMix(lane2 ^ Math.imul(text.length, 31)))
}

/** Line endings and trailing spaces do not make an entry different. */
function normalisedForKey(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim()
}

/** Day One gives every entry a UUID; older or edited exports may not, then the content decides. */
export function dayOneDedupeKey(uuid: string | null, creationDate: string, text: string): string {
  if (uuid !== null) return `day-one:uuid:${uuid.toUpperCase()}`
  return `day-one:v1:${contentFingerprint(`${creationDate}\u0000${normalisedForKey(text)}`)}`
}

/** A Markdown file is the same entry if its day, title and text are the same, whatever its name. */
export function markdownDedupeKey(date: string, title: string, body: string): string {
  return `markdown:v1:${contentFingerprint(`${date}\u0000${title.trim()}\u0000${normalisedForKey(body)}`)}`
}

/** The plan without drafts whose key is already in the journal (or earlier in the same plan). */
export function withoutAlreadyImported(
  plan: ImportPlan,
  existingKeys: ReadonlySet<string>,
): ImportPlan {
  const seen = new Set(existingKeys)
  const drafts = plan.drafts.filter((draft) => {
    if (seen.has(draft.dedupeKey)) return false
    seen.add(draft.dedupeKey)
    return true
  })
  const alreadyThere = plan.drafts.length - drafts.length
  const notes =
    alreadyThere === 0
      ? plan.notes
      : [
          ...plan.notes,
          `${alreadyThere} ${alreadyThere === 1 ? 'entry is' : 'entries are'} already in your journal and will not be added again.`,
        ]
  return { ...plan, drafts, notes }
}
