/**
 * The few primitives Mend's vault is built from, behind one small interface so that exactly one
 * file (sodiumProvider.ts) touches libsodium and tests can swap in a deterministic provider.
 *
 * Every byte string is a Uint8Array; no method accepts or returns a key as a string. Outputs are
 * fresh arrays the caller owns and should `memzero` when they hold key material.
 */

/** 32 bytes: XChaCha20-Poly1305 keys, Argon2id outputs, BLAKE2b subkeys, the vault key. */
export const KEY_BYTES = 32
/** 24 bytes: XChaCha20-Poly1305 IETF public nonce, long enough to pick at random forever. */
export const NONCE_BYTES = 24
/** 16 bytes: the Poly1305 authentication tag appended to every ciphertext. */
export const TAG_BYTES = 16
/** 16 bytes: Argon2id salt (crypto_pwhash_SALTBYTES). */
export const SALT_BYTES = 16
/** 8 bytes: crypto_kdf context strings are exactly this many ASCII characters. */
export const KDF_CONTEXT_BYTES = 8

export interface CryptoProvider {
  /**
   * `length` bytes from the platform CSPRNG (`crypto.getRandomValues`). Never libsodium's
   * randombytes_buf (about 50 µs a call in Chromium) and never Math.random.
   */
  randomBytes(length: number): Uint8Array

  /**
   * XChaCha20-Poly1305 IETF (crypto_aead_xchacha20poly1305_ietf_encrypt).
   * key: 32 bytes; nonce: 24 bytes; associatedData: any length (authenticated, not encrypted).
   * Returns ciphertext || tag: plaintext.length + 16 bytes.
   */
  aeadEncrypt(
    plaintext: Uint8Array,
    associatedData: Uint8Array,
    nonce: Uint8Array,
    key: Uint8Array,
  ): Uint8Array

  /**
   * Inverse of aeadEncrypt. Returns the plaintext, or null when authentication fails for any
   * reason (wrong key, wrong nonce or associated data, altered or truncated bytes). Throws only
   * for programming errors: a key that is not 32 bytes or a nonce that is not 24.
   */
  aeadDecrypt(
    ciphertextAndTag: Uint8Array,
    associatedData: Uint8Array,
    nonce: Uint8Array,
    key: Uint8Array,
  ): Uint8Array | null

  /**
   * Argon2id v1.3 (crypto_pwhash with ALG_ARGON2ID13, parallelism 1) → 32-byte key.
   * passphraseBytes: UTF-8, any length; salt: 16 bytes; opsLimit: passes (t);
   * memLimitBytes: memory in bytes (m = memLimitBytes / 1024 KiB). Slow on purpose.
   */
  argon2id(
    passphraseBytes: Uint8Array,
    salt: Uint8Array,
    opsLimit: number,
    memLimitBytes: number,
  ): Uint8Array

  /**
   * crypto_kdf_derive_from_key: a 32-byte subkey of a 32-byte master key, for an 8-character
   * ASCII context and a non-negative integer subkey id (BLAKE2b-256, keyed by the master key,
   * salt = id as 8 little-endian bytes || 8 zero bytes, personal = context || 8 zero bytes).
   */
  deriveSubkey(masterKey: Uint8Array, subkeyId: number, context: string): Uint8Array

  /** Overwrites the bytes with zeros in place (sodium_memzero). */
  memzero(bytes: Uint8Array): void
}
