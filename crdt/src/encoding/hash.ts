import { sha256 } from "@noble/hashes/sha2.js";
import { toBase64url } from "./base64url.js";
import { utf8 } from "./utf8.js";

/** SHA-256 of the UTF-8 bytes of `text`, as unpadded base64url (PROTOCOL.md R3). */
export function hashText(text: string): string {
  return toBase64url(sha256(utf8(text)));
}

/** SHA-256 of bytes, as unpadded base64url. */
export function hashBytes(bytes: Uint8Array): string {
  return toBase64url(sha256(bytes));
}
