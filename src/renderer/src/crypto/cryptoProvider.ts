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
/** 32 bytes: X25519 public keys, secret keys and shared secrets. */
export const X25519_KEY_BYTES = 32
/** 24 bytes: the header crypto_secretstream_xchacha20poly1305 writes before its first chunk. */
export const SECRET_STREAM_HEADER_BYTES = 24
/** 17 bytes added to every secretstream chunk: 1 encrypted tag byte and a 16-byte Poly1305 tag. */
export const SECRET_STREAM_OVERHEAD_BYTES = 17

/** One direction of crypto_secretstream_xchacha20poly1305, started by secretStreamPush. */
export interface SecretStreamPusher {
  /** 24 bytes the reader needs before the first chunk (random, made by libsodium). */
  readonly header: Uint8Array
  /**
   * Encrypts one chunk: plaintext.length + 17 bytes. `final` writes TAG_FINAL (3), otherwise
   * TAG_MESSAGE (0). associatedData may be empty. Chunks must be read back in the same order.
   */
  push(plaintext: Uint8Array, associatedData: Uint8Array, final: boolean): Uint8Array
}

/** The reading side, started by secretStreamPull. */
export interface SecretStreamPuller {
  /**
   * Decrypts the next chunk, or null when it does not authenticate (altered, reordered, cut,
   * wrong key or associated data) or carries a tag other than TAG_MESSAGE or TAG_FINAL. After a
   * null the stream is unusable: callers stop reading.
   */
  pull(
    chunk: Uint8Array,
    associatedData: Uint8Array,
  ): { readonly plaintext: Uint8Array; readonly final: boolean } | null
}

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

  /**
   * The X25519 public key (32 bytes) of a 32-byte secret key (crypto_scalarmult_base). The secret
   * key is any 32 random bytes; X25519 clamps it itself.
   */
  x25519PublicKey(secretKey: Uint8Array): Uint8Array

  /**
   * X25519 Diffie-Hellman (crypto_scalarmult): 32 bytes, or null when the public key is a
   * low-order point and the result would be all zeros (libsodium refuses it). Both keys 32 bytes.
   */
  x25519SharedSecret(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array | null

  /**
   * BLAKE2b (crypto_generichash) with an output of 16–64 bytes; key null (plain hash) or 16–64
   * bytes (keyed hash, a MAC/PRF). No salt or personalisation.
   */
  blake2b(outputLength: number, message: Uint8Array, key: Uint8Array | null): Uint8Array

  /** Starts encrypting a stream (crypto_secretstream_xchacha20poly1305_init_push); key 32 bytes. */
  secretStreamPush(key: Uint8Array): SecretStreamPusher

  /**
   * Starts decrypting a stream (crypto_secretstream_xchacha20poly1305_init_pull).
   * key: 32 bytes; header: the 24 bytes the writer produced.
   */
  secretStreamPull(key: Uint8Array, header: Uint8Array): SecretStreamPuller
}
