/**
 * Reading a whole input as text, with a cap (PROTOCOL.md V10.3, V11.1): standard input gets the
 * same size cap as a file, and reading stops at the first chunk past it, so an endless or huge
 * stream costs no more memory than the largest file accepted.
 */

/**
 * Decodes a stream of bytes as UTF-8 (a leading byte order mark is dropped; invalid UTF-8 is
 * refused, not replaced with U+FFFD).
 * @throws {RangeError} when the stream holds more than `maxBytes` bytes.
 * @throws {TypeError} when the bytes are not UTF-8; whatever the stream throws.
 */
export async function readUtf8(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parts: string[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) throw new RangeError(`larger than ${maxBytes} bytes`);
    parts.push(decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join("");
}
