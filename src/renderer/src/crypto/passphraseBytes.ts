const encoder = new TextEncoder()

/**
 * UTF-8 of the NFC form: "é" typed as one code point on one keyboard and as e + ◌́ on another
 * must open the same journal. Nothing else is changed (no trimming, no case folding): spaces and
 * capitals are part of what the person chose.
 */
export function passphraseToBytes(passphrase: string): Uint8Array {
  return encoder.encode(passphrase.normalize('NFC'))
}
