/**
 * Reads fields of a binary header or body from untrusted bytes. Every read past the end answers
 * null instead of throwing, so a parser turns any short or odd file into a Result error. Integers
 * are little-endian, like crypto_kdf's subkey id, and must be below 2^53.
 */
export class ByteReader {
  readonly #bytes: Uint8Array
  readonly #view: DataView
  #offset = 0

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  get offset(): number {
    return this.#offset
  }

  get remaining(): number {
    return this.#bytes.length - this.#offset
  }

  /** A view (not a copy) of the next `length` bytes. */
  bytes(length: number): Uint8Array | null {
    if (!Number.isSafeInteger(length) || length < 0 || length > this.remaining) return null
    const slice = this.#bytes.subarray(this.#offset, this.#offset + length)
    this.#offset += length
    return slice
  }

  u8(): number | null {
    if (this.remaining < 1) return null
    const value = this.#view.getUint8(this.#offset)
    this.#offset += 1
    return value
  }

  u32(): number | null {
    if (this.remaining < 4) return null
    const value = this.#view.getUint32(this.#offset, true)
    this.#offset += 4
    return value
  }

  /** Null also when the value does not fit a JavaScript safe integer. */
  u64(): number | null {
    if (this.remaining < 8) return null
    const low = this.#view.getUint32(this.#offset, true)
    const high = this.#view.getUint32(this.#offset + 4, true)
    this.#offset += 8
    const value = high * 2 ** 32 + low
    return Number.isSafeInteger(value) ? value : null
  }
}
