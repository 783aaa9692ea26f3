/**
 * A record's signature check kept as the texts it comes from (PROTOCOL.md R5, S10): the signer's
 * key and the signature as the envelope's base64url, and the signed bytes as the record's text
 * without its `sig` member. `packChecks` writes such a check into a pack straight from those texts,
 * so handing a record to a worker builds no key, signature or message array and no string of the
 * signed text; whoever reads `publicKey`, `message` or `signature` instead gets them decoded on
 * first use, the same bytes `signingBytesOf` and `fromBase64url` give.
 */
import { base64urlInto, fromBase64url, isBase64urlOfLength } from "../encoding/base64url.js";
import { utf8 } from "../encoding/utf8.js";
import { sigMemberOf, signingBytesOf, type ParsedRecord } from "../records/record.js";
import type { SignatureCheck } from "./verifier.js";

const encoder = new TextEncoder();

/** The UTF-8 length of text[from, to) (R1: a lone surrogate would be U+FFFD, three bytes). */
function utf8Length(text: string, from: number, to: number): number {
  let length = to - from;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) length += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 2; // a pair: two units, four bytes
      i++;
    } else length += 2;
  }
  return length;
}

/** A check whose parts are still texts, built only by `of`, which vouches for them. */
export class RecordSignatureCheck implements SignatureCheck {
  #publicKey: Uint8Array | undefined;
  #message: Uint8Array | undefined;
  #signature: Uint8Array | undefined;

  /**
   * @param signer the key as strict base64url of 32 bytes
   * @param sig the signature as strict base64url of 64 bytes
   * @param text the record's text; the signed bytes are the UTF-8 of it without [cutStart, cutEnd)
   */
  private constructor(
    readonly signer: string,
    readonly sig: string,
    readonly text: string,
    readonly cutStart: number,
    readonly cutEnd: number,
  ) {}

  get publicKey(): Uint8Array {
    return (this.#publicKey ??= fromBase64url(this.signer));
  }

  get signature(): Uint8Array {
    return (this.#signature ??= fromBase64url(this.sig));
  }

  get message(): Uint8Array {
    return (this.#message ??= utf8(this.text.slice(0, this.cutStart) + this.text.slice(this.cutEnd)));
  }

  /** A lower bound of the message's length in bytes: its UTF-16 length (each unit takes 1 to 3 bytes, a pair 4). */
  get messageLengthAtLeast(): number {
    return this.text.length - (this.cutEnd - this.cutStart);
  }

  /** The message's length in bytes. */
  get messageLength(): number {
    return utf8Length(this.text, 0, this.cutStart) + utf8Length(this.text, this.cutEnd, this.text.length);
  }

  /** Writes the 32 bytes of the key at `keyAt` and the 64 of the signature at `signatureAt`. */
  writeKeyAndSignature(bytes: Uint8Array, keyAt: number, signatureAt: number): void {
    base64urlInto(this.signer, bytes.subarray(keyAt, keyAt + 32));
    base64urlInto(this.sig, bytes.subarray(signatureAt, signatureAt + 64));
  }

  /** Writes the message's bytes into `room`; returns how many, or -1 if they do not all fit (some may be written). */
  writeMessage(room: Uint8Array): number {
    const head = encoder.encodeInto(this.text.slice(0, this.cutStart), room);
    if (head.read !== this.cutStart) return -1;
    const tail = encoder.encodeInto(this.text.slice(this.cutEnd), room.subarray(head.written));
    return tail.read === this.text.length - this.cutEnd ? head.written + tail.written : -1;
  }

  /**
   * The signature check of a parsed record (R5): the key its envelope names, the bytes it signed,
   * its signature. A RecordSignatureCheck when the envelope's signer and sig are strict base64url
   * of 32 and 64 bytes (as `parseRecord` makes sure); otherwise the parts decoded at once, so that
   * this throws exactly where decoding them would.
   * @throws {TypeError} if the envelope's signer or sig is not base64url.
   */
  static of(record: ParsedRecord): SignatureCheck {
    const { signer, sig } = record.envelope;
    const [start, end] = sigMemberOf(record);
    if (start >= 0 && isBase64urlOfLength(signer, 32) && isBase64urlOfLength(sig, 64)) return new RecordSignatureCheck(signer, sig, record.text, start, end);
    return { publicKey: fromBase64url(signer), message: signingBytesOf(record), signature: fromBase64url(sig) };
  }
}

/** `RecordSignatureCheck.of`: the signature check of a parsed record. @throws {TypeError} if its signer or sig is not base64url. */
export const recordSignatureCheck = (record: ParsedRecord): SignatureCheck => RecordSignatureCheck.of(record);
