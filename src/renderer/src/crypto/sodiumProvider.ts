/**
 * The only file that imports libsodium. The sumo build is needed because the standard build of
 * libsodium.js has no crypto_pwhash (Argon2id). It compiles WebAssembly at start-up, which is why
 * the CSP carries 'wasm-unsafe-eval' (and nothing looser).
 */
import sodium from 'libsodium-wrappers-sumo'
import {
  KDF_CONTEXT_BYTES,
  KEY_BYTES,
  NONCE_BYTES,
  SALT_BYTES,
  SECRET_STREAM_HEADER_BYTES,
  X25519_KEY_BYTES,
  type CryptoProvider,
  type SecretStreamPuller,
  type SecretStreamPusher,
} from './cryptoProvider'

// crypto.getRandomValues refuses more than 65,536 bytes per call.
const RANDOM_CHUNK_BYTES = 65_536

function requireLength(name: string, bytes: Uint8Array, expected: number): void {
  if (bytes.length !== expected) {
    throw new RangeError(`${name} must be ${expected} bytes, got ${bytes.length}`)
  }
}

function fillRandom(bytes: Uint8Array): Uint8Array {
  for (let offset = 0; offset < bytes.length; offset += RANDOM_CHUNK_BYTES) {
    globalThis.crypto.getRandomValues(bytes.subarray(offset, offset + RANDOM_CHUNK_BYTES))
  }
  return bytes
}

function startStreamPush(key: Uint8Array): SecretStreamPusher {
  requireLength('stream key', key, KEY_BYTES)
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key)
  let finished = false
  return {
    header,
    push(plaintext, associatedData, final) {
      if (finished) throw new Error('a secretstream cannot continue after its final chunk')
      finished = final
      const tag = final
        ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
        : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
      return sodium.crypto_secretstream_xchacha20poly1305_push(
        state,
        plaintext,
        associatedData,
        tag,
      )
    },
  }
}

function startStreamPull(key: Uint8Array, header: Uint8Array): SecretStreamPuller {
  requireLength('stream key', key, KEY_BYTES)
  requireLength('stream header', header, SECRET_STREAM_HEADER_BYTES)
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key)
  let broken = false
  return {
    pull(chunk, associatedData) {
      if (broken) return null
      let pulled: { message: Uint8Array; tag: number } | false
      try {
        pulled = sodium.crypto_secretstream_xchacha20poly1305_pull(state, chunk, associatedData)
      } catch {
        // libsodium.js throws for a chunk shorter than 17 bytes and returns false for a forgery.
        pulled = false
      }
      const tag = pulled ? pulled.tag : -1
      const known =
        tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE ||
        tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
      if (!pulled || !known) {
        broken = true
        return null
      }
      return {
        plaintext: pulled.message,
        final: tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
      }
    },
  }
}

const sodiumProvider: CryptoProvider = {
  randomBytes(length) {
    return fillRandom(new Uint8Array(length))
  },

  aeadEncrypt(plaintext, associatedData, nonce, key) {
    requireLength('key', key, KEY_BYTES)
    requireLength('nonce', nonce, NONCE_BYTES)
    return sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      plaintext,
      associatedData,
      null,
      nonce,
      key,
    )
  },

  aeadDecrypt(ciphertextAndTag, associatedData, nonce, key) {
    requireLength('key', key, KEY_BYTES)
    requireLength('nonce', nonce, NONCE_BYTES)
    try {
      return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        null,
        ciphertextAndTag,
        associatedData,
        nonce,
        key,
      )
    } catch {
      // libsodium.js throws different messages for "too short" and "forged"; callers get one
      // answer so nothing about the failure leaks into error handling or logs.
      return null
    }
  },

  argon2id(passphraseBytes, salt, opsLimit, memLimitBytes) {
    requireLength('salt', salt, SALT_BYTES)
    return sodium.crypto_pwhash(
      KEY_BYTES,
      passphraseBytes,
      salt,
      opsLimit,
      memLimitBytes,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    )
  },

  deriveSubkey(masterKey, subkeyId, context) {
    requireLength('master key', masterKey, KEY_BYTES)
    if (!/^[\x20-\x7e]{8}$/.test(context) || context.length !== KDF_CONTEXT_BYTES) {
      throw new RangeError('a KDF context is exactly 8 printable ASCII characters')
    }
    if (!Number.isSafeInteger(subkeyId) || subkeyId < 0) {
      throw new RangeError('a subkey id is a non-negative integer')
    }
    return sodium.crypto_kdf_derive_from_key(KEY_BYTES, subkeyId, context, masterKey)
  },

  memzero(bytes) {
    sodium.memzero(bytes)
  },

  x25519PublicKey(secretKey) {
    requireLength('X25519 secret key', secretKey, X25519_KEY_BYTES)
    return sodium.crypto_scalarmult_base(secretKey)
  },

  x25519SharedSecret(secretKey, publicKey) {
    requireLength('X25519 secret key', secretKey, X25519_KEY_BYTES)
    requireLength('X25519 public key', publicKey, X25519_KEY_BYTES)
    try {
      return sodium.crypto_scalarmult(secretKey, publicKey)
    } catch {
      // "weak public key": a low-order point would make the shared secret all zeros.
      return null
    }
  },

  blake2b(outputLength, message, key) {
    if (!Number.isInteger(outputLength) || outputLength < 16 || outputLength > 64) {
      throw new RangeError('a BLAKE2b output is 16 to 64 bytes')
    }
    if (key !== null && (key.length < 16 || key.length > 64)) {
      throw new RangeError('a BLAKE2b key is 16 to 64 bytes')
    }
    return sodium.crypto_generichash(outputLength, message, key)
  },

  secretStreamPush: startStreamPush,
  secretStreamPull: startStreamPull,
}

let loading: Promise<CryptoProvider> | null = null

/** Resolves once libsodium's WebAssembly module is compiled; later calls share the same load. */
export function loadSodiumProvider(): Promise<CryptoProvider> {
  loading ??= sodium.ready.then(
    () => sodiumProvider,
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** libsodium's version string, e.g. "1.0.22"; for diagnostics and the WebAssembly test. */
export async function sodiumLibraryVersion(): Promise<string> {
  await sodium.ready
  return sodium.SODIUM_VERSION_STRING
}
