/**
 * A profile's picture (PROTOCOL.md PF5.4): found among the `profile-picture` records of the
 * member's Profile document by the hash, type and size the profile names.
 */
import { hashBytes } from "../encoding/hash.js";
import type { MemberKey } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { judgeProfilePicture } from "./judge-profile.js";
import { pictureBytes, type PictureType, type ProfilePictureRef } from "./profile-picture.js";

/** A picture to show. */
export interface ProfilePicture {
  readonly type: PictureType;
  readonly bytes: Uint8Array;
}

/**
 * The picture `profile` names (PF5.4): the bytes of a picture record signed by its member (PF3)
 * whose type is the one named and whose bytes have the named size and SHA-256; undefined when the
 * profile names none or no such record is held. Never throws.
 */
export function profilePictureOf(records: readonly ParsedRecord[], profile: { readonly member: MemberKey; readonly picture: ProfilePictureRef | null }): ProfilePicture | undefined {
  const { member, picture } = profile;
  if (picture === null) return undefined;
  for (const record of records) {
    if (record.envelope.kind !== "profile-picture") continue;
    const verdict = judgeProfilePicture(record);
    if (!verdict.ok || verdict.body.member !== member || verdict.body.type !== picture.type) continue;
    const bytes = pictureBytes(verdict.body);
    if (bytes.length === picture.size && hashBytes(bytes) === picture.hash) return { type: picture.type, bytes };
  }
  return undefined;
}
