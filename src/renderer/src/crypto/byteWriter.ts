/**
 * Builds a binary header or body in one growing buffer. Integers are little-endian (see
 * ByteReader); writing a value out of range is a bug and throws.
 */
export class ByteWriter {
  #bytes: Uint8Array
  #length = 0

  constructor(initialCapacity = 256) {
    this.#bytes = new Uint8Array(initialCapacity)
  }

  get length(): number {
    return this.#length
  }

  #reserve(extra: number): number {
    const needed = this.#length + extra
    if (needed > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.#bytes.length * 2))
      grown.set(this.#bytes.subarray(0, this.#length))
      this.#bytes = grown
    }
    const at = this.#length
    this.#length = needed
    return at
  }

  // Each writer reserves first and only then reads this.#bytes, which reserving may replace.
  bytes(value: Uint8Array): this {
    const at = this.#reserve(value.length)
    this.#bytes.set(value, at)
    return this
  }

  u8(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xff) throw new RangeError('not a u8')
    const at = this.#reserve(1)
    this.#bytes[at] = value
    return this
  }

  u32(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff) {
      throw new RangeError('not a u32')
    }
    const at = this.#reserve(4)
    new DataView(this.#bytes.buffer).setUint32(at, value, true)
    return this
  }

  u64(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError('not a safe u64')
    const at = this.#reserve(8)
    const view = new DataView(this.#bytes.buffer)
    view.setUint32(at, value % 2 ** 32, true)
    view.setUint32(at + 4, Math.floor(value / 2 ** 32), true)
    return this
  }

  /** The bytes written so far, as a copy of exactly that length. */
  toBytes(): Uint8Array {
    return this.#bytes.slice(0, this.#length)
  }
}
