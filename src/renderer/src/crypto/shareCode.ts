/**
 * A journal's public share code: its X25519 public key as text a person can paste, read and
 * compare (docs/FORMAT.md §17.3). Layout: bech32m with prefix "mend", one version symbol
 * (1 today), the 32-byte key as 52 symbols and a 6-symbol checksum, shown in groups of four:
 *
 *   mend1-pxyz-…-abc
 *
 * Readers ignore case, spaces and dashes; a checksum failure is reported as a typo.
 */
import { fail, ok, type Result } from '@shared/result'
import {
  BECH32M_CHECKSUM_LENGTH,
  bech32mEncode,
  bech32mSymbols,
  bech32mVerify,
  bytesToSymbols,
  symbolsToBytes,
} from './bech32m'
import { X25519_KEY_BYTES } from './cryptoProvider'

const PREFIX = 'mend'
export const SHARE_CODE_VERSION = 1
const KEY_SYMBOLS = Math.ceil((X25519_KEY_BYTES * 8) / 5)
/** Symbols after "mend1": version, key, checksum. */
const CODE_SYMBOLS = 1 + KEY_SYMBOLS + BECH32M_CHECKSUM_LENGTH
const GROUP_LENGTH = 4

const typo = (detail: string): Result<never> =>
  fail('share-code-typo', `This share code has a typo: ${detail}`)

/** The share code of a 32-byte X25519 public key. */
export function formatShareCode(publicKey: Uint8Array): string {
  if (publicKey.length !== X25519_KEY_BYTES) throw new RangeError('a share key is 32 bytes')
  const compact = bech32mEncode(PREFIX, [SHARE_CODE_VERSION, ...bytesToSymbols(publicKey)])
  const body = compact.slice(PREFIX.length + 1)
  const groups = body.match(new RegExp(`.{1,${GROUP_LENGTH}}`, 'g')) ?? []
  return [`${PREFIX}1`, ...groups].join('-')
}

/** The public key a share code stands for, or a calm explanation of what is wrong with it. */
export function parseShareCode(typed: string): Result<Uint8Array> {
  const compact = typed.toLowerCase().replace(/[\s\-–—_.]+/gu, '')
  if (compact.length === 0) {
    return fail('share-code-empty', "Paste your partner's share code here; it starts with mend1-.")
  }
  if (!compact.startsWith(`${PREFIX}1`)) {
    return fail(
      'share-code-not-mend',
      "This doesn't look like a Mend share code: share codes start with mend1-. Ask your partner to copy theirs from Mend's Share screen and send it again.",
    )
  }
  const read = bech32mSymbols(compact.slice(PREFIX.length + 1))
  if ('badCharacter' in read) {
    return typo(
      `"${read.badCharacter}" never appears in share codes (after mend1- they have no b, i, o or 1). Check that character against the code your partner sent.`,
    )
  }
  const { symbols } = read
  if (symbols.length !== CODE_SYMBOLS) {
    return typo(
      `it has ${symbols.length} letters and digits after mend1- where ${CODE_SYMBOLS} are expected, so part of it is missing or repeated. Copy the whole code again.`,
    )
  }
  if (!bech32mVerify(PREFIX, symbols)) {
    return typo(
      "its letters don't match the check built into it. Compare it group by group with the code your partner sent, or ask them to copy it again.",
    )
  }
  const version = symbols[0]
  if (version !== SHARE_CODE_VERSION) {
    return version !== undefined && version > SHARE_CODE_VERSION
      ? fail(
          'share-code-too-new',
          'This share code was made by a newer version of Mend. Update Mend, then paste the code again.',
        )
      : typo(
          'it is not a kind of share code Mend has ever made. Ask your partner to copy it again.',
        )
  }
  const publicKey = symbolsToBytes(symbols.slice(1, 1 + KEY_SYMBOLS))
  if (!publicKey || publicKey.length !== X25519_KEY_BYTES) {
    return typo('its last letters before the check are not possible. Copy the whole code again.')
  }
  return ok(publicKey)
}

/** True when both texts are share codes of the same key, however they were spaced or cased. */
export function isSameShareCode(a: string, b: string): boolean {
  const first = parseShareCode(a)
  const second = parseShareCode(b)
  return (
    first.ok &&
    second.ok &&
    first.value.length === second.value.length &&
    first.value.every((byte, index) => byte === second.value[index])
  )
}
