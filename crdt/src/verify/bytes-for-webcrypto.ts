/**
 * WebCrypto takes `BufferSource`, which excludes views of a SharedArrayBuffer. A view over a
 * plain ArrayBuffer is passed as is; any other view is copied, so WebCrypto and tweetnacl see
 * the same bytes and give the same verdict (PROTOCOL.md S7).
 */
export function bytesForWebCrypto(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
