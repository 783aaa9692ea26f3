/**
 * Which of the two file formats a file is (PROTOCOL.md B7): a document bundle (B1) starts with its
 * 20-byte signature; a vote bundle (V10.1) is JSON text, so its first byte other than JSON
 * whitespace (after a UTF-8 byte order mark, which a UTF-8 decoder drops) is `{`. Only the first bytes are looked at: which format decides is the format's own
 * strict reader (B3, V10.4).
 */
import { BUNDLE_MAGIC } from "./document-bundle.js";

/** What a file's first bytes say it is. */
export type BundleFileKind = "documents" | "vote" | "unknown";

/** JSON whitespace (RFC 8259 §2): space, tab, line feed, carriage return. */
const WHITESPACE: ReadonlySet<number> = new Set([0x20, 0x09, 0x0a, 0x0d]);
const OPEN_BRACE = 0x7b;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/** Tells a document bundle from a vote bundle by its first bytes (B7). Never throws. */
export function bundleFileKind(file: Uint8Array): BundleFileKind {
  if (file.length >= BUNDLE_MAGIC.length && BUNDLE_MAGIC.every((byte, i) => file[i] === byte))
    return "documents";
  const start = BYTE_ORDER_MARK.every((byte, i) => file[i] === byte) ? BYTE_ORDER_MARK.length : 0;
  for (const byte of file.subarray(start)) {
    if (WHITESPACE.has(byte)) continue;
    return byte === OPEN_BRACE ? "vote" : "unknown";
  }
  return "unknown";
}
