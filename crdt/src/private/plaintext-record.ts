/**
 * The record a decrypted plaintext holds (PROTOCOL.md PV5.6, PV8.4): the UTF-8 bytes of one
 * signed record's canonical text, nothing before or after. Its signature is checked apart, in a
 * batch.
 */
import { fromBase64url } from "../encoding/base64url.js";
import { fromUtf8, utf8 } from "../encoding/utf8.js";
import { isParsed, parseRecord, signingBytesOf, type ParsedRecord } from "../records/record.js";
import type { SignatureCheck } from "../verify/verifier.js";

/** The record in `plaintext`, or why there is none. Never throws. */
export function plaintextRecord(plaintext: Uint8Array): ParsedRecord | { readonly problem: string } {
  let text: string;
  try {
    text = fromUtf8(plaintext);
  } catch {
    return { problem: "its content is not UTF-8" };
  }
  // The decoder drops a leading byte-order mark: the text must give back exactly the bytes.
  if (utf8(text).length !== plaintext.length) return { problem: "its content is not a record's canonical bytes" };
  const record = parseRecord(text);
  return isParsed(record) ? record : { problem: `its content is not a record (${record.reason})` };
}

/** The signature check of a decrypted record (R5), for a reading's one `verifyBatch`. */
export function signatureCheckOf(record: ParsedRecord): SignatureCheck {
  return { publicKey: fromBase64url(record.envelope.signer), message: signingBytesOf(record), signature: fromBase64url(record.envelope.sig) };
}
