/**
 * A bounds-checked cursor over bytes, reading the LEB128 integers of the Automerge binary
 * format (https://automerge.org/automerge-binary-format-spec/, "LEB128"). Every read throws
 * `ByteReaderError` instead of reading past the end, and integers are refused once they no
 * longer fit a JavaScript safe integer, so hostile input can't produce NaN or wrap around.
 */
export class ByteReaderError extends Error {
  override readonly name = "ByteReaderError";
}

const MAX_LEB_BYTES = 10;

export class ByteReader {
  #offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Bytes left to read. */
  get remaining(): number {
    return this.bytes.length - this.#offset;
  }

  get done(): boolean {
    return this.#offset >= this.bytes.length;
  }

  /** Reads one byte. Throws `ByteReaderError` at the end of input. */
  byte(): number {
    const value = this.bytes[this.#offset];
    if (value === undefined) throw new ByteReaderError("unexpected end of input");
    this.#offset += 1;
    return value;
  }

  /** Reads `length` bytes (a view, not a copy). Throws `ByteReaderError` if fewer remain. */
  take(length: number): Uint8Array {
    if (!Number.isSafeInteger(length) || length < 0 || length > this.remaining) {
      throw new ByteReaderError("length runs past the end of input");
    }
    const view = this.bytes.subarray(this.#offset, this.#offset + length);
    this.#offset += length;
    return view;
  }

  /** Skips `length` bytes. Throws `ByteReaderError` if fewer remain. */
  skip(length: number): void {
    this.take(length);
  }

  /** Unsigned LEB128. Throws `ByteReaderError` if truncated or above 2^53 - 1. */
  uleb(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < MAX_LEB_BYTES; i++) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if (!Number.isSafeInteger(result)) throw new ByteReaderError("integer too large");
      if ((b & 0x80) === 0) return result;
      scale *= 128;
    }
    throw new ByteReaderError("LEB128 integer too long");
  }

  /** Signed LEB128. Throws `ByteReaderError` if truncated or beyond ±(2^53 - 1). */
  sleb(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < MAX_LEB_BYTES; i++) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      scale *= 128;
      if ((b & 0x80) === 0) {
        if ((b & 0x40) !== 0) result -= scale;
        if (!Number.isSafeInteger(result)) throw new ByteReaderError("integer too large");
        return result;
      }
      if (!Number.isSafeInteger(result)) throw new ByteReaderError("integer too large");
    }
    throw new ByteReaderError("LEB128 integer too long");
  }
}
