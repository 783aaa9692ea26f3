/**
 * A member's picture (PROTOCOL.md PF2): its bytes in a `profile-picture` record of the member's
 * Profile document only, and the reference a profile carries to it (PF1.4) — its hash, type and
 * size — so that a Chapter document's copy of the profile never carries picture bytes.
 */
import { fromBase64url } from "../encoding/base64url.js";
import type { CanonicalValue } from "../records/canonical.js";
import { hashBytes } from "../encoding/hash.js";
import type { MemberKey } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { firstProblem, idProblem, intProblem, membersProblem, type BodyObject } from "../proposals/field-checks.js";

/** Largest picture, in bytes, after the app has resized it (PF2.1): 64 KiB. */
export const MAX_PICTURE_BYTES = 65_536;

/** The picture types (PF2.1), each with the bytes a file of that type starts with. */
const SIGNATURES = {
  "image/jpeg": [[0, [0xff, 0xd8, 0xff]]],
  "image/png": [[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]],
  // "RIFF", four bytes of length, "WEBP".
  "image/webp": [
    [0, [0x52, 0x49, 0x46, 0x46]],
    [8, [0x57, 0x45, 0x42, 0x50]],
  ],
} as const satisfies Record<string, readonly (readonly [number, readonly number[]])[]>;

/** A picture's media type (PF2.1). */
export type PictureType = keyof typeof SIGNATURES;

/** The picture types, sorted. */
export const PICTURE_TYPES: readonly PictureType[] = Object.freeze(Object.keys(SIGNATURES).sort() as PictureType[]);

/** What a profile says of its picture (PF1.4): the SHA-256 of its bytes (R2), its type and its size in bytes. */
export interface ProfilePictureRef {
  readonly hash: string;
  readonly type: PictureType;
  readonly size: number;
}

/** `profile-picture` (PF2.1): the bytes of a member's picture, as unpadded base64url in `data`. */
export interface ProfilePictureBody {
  readonly kind: "profile-picture";
  readonly member: MemberKey;
  readonly type: PictureType;
  readonly data: string;
}

const isPictureType = (value: CanonicalValue | undefined): value is PictureType => typeof value === "string" && Object.prototype.hasOwnProperty.call(SIGNATURES, value);

function typeProblem(value: CanonicalValue | undefined): string | undefined {
  return isPictureType(value) ? undefined : `type is not one of ${PICTURE_TYPES.join(", ")}`;
}

/** Problem if `value` is not a picture reference `{ hash, size, type }` (PF1.4). Never throws. */
export function pictureRefProblem(value: CanonicalValue | undefined): string | undefined {
  const shape = membersProblem(value ?? null, ["hash", "size", "type"]);
  if (shape !== undefined) return `picture: ${shape}`;
  const ref = value as BodyObject;
  const bad = firstProblem(idProblem("hash", ref.hash), intProblem("size", ref.size, 1, MAX_PICTURE_BYTES), typeProblem(ref.type));
  return bad === undefined ? undefined : `picture: ${bad}`;
}

/** True when `bytes` start as a file of `type` does (PF2.1). Never throws. */
function startsAs(type: PictureType, bytes: Uint8Array): boolean {
  return SIGNATURES[type].every(([at, expected]) => expected.every((byte, i) => bytes[at + i] === byte));
}

/** The bytes `data` encodes, or why they are not a picture of `type` (PF2.1). Never throws. */
function pictureData(type: PictureType, data: CanonicalValue | undefined): { readonly bytes: Uint8Array } | { readonly problem: string } {
  if (typeof data !== "string") return { problem: "data is not a string" };
  const badSize = { problem: `data must hold 1 to ${MAX_PICTURE_BYTES} bytes` } as const;
  // Checked before decoding: a longer text cannot hold a picture within the limit.
  if (data.length > Math.ceil((MAX_PICTURE_BYTES * 4) / 3)) return badSize;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64url(data);
  } catch {
    return { problem: "data is not unpadded base64url" };
  }
  if (bytes.length === 0 || bytes.length > MAX_PICTURE_BYTES) return badSize;
  if (!startsAs(type, bytes)) return { problem: `data does not start as a ${type} file does` };
  return { bytes };
}

/** Parses a `profile-picture` body (PF2.1). Never throws. */
export function parseProfilePictureBody(body: CanonicalValue): BodyParse<ProfilePictureBody> {
  const b = body as BodyObject;
  const problem = membersProblem(body, ["data", "member", "type"]) ?? firstProblem(idProblem("member", b.member), typeProblem(b.type));
  if (problem !== undefined) return { ok: false, problem };
  const data = pictureData(b.type as PictureType, b.data);
  if ("problem" in data) return { ok: false, problem: data.problem };
  return { ok: true, body: { kind: "profile-picture", member: b.member as MemberKey, type: b.type as PictureType, data: b.data as string } };
}

/** The reference a profile carries to a picture of these bytes (PF1.4). Never throws. */
export function pictureRefOf(type: PictureType, bytes: Uint8Array): ProfilePictureRef {
  return { hash: hashBytes(bytes), type, size: bytes.length };
}

/** The bytes of a well-formed picture body (PF2.1). @throws {TypeError} if its data is not base64url (never for a parsed body). */
export function pictureBytes(body: ProfilePictureBody): Uint8Array {
  return fromBase64url(body.data);
}
