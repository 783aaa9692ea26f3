/**
 * The records a member signs about themselves (PROTOCOL.md PF1, PF2): builders the app, the
 * desktop vault path and tests share. Each gives exactly the members its rule lists.
 */
import { toBase64url } from "../encoding/base64url.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import type { BodyFields, RecordDraft } from "../kinds/record-draft.js";
import type { ProfileBody } from "./profile-body.js";
import type { PictureType, ProfilePictureBody } from "./profile-picture.js";

/** What a profile says (PF1), but its `seq`. */
export type ProfileFields = Omit<BodyFields<ProfileBody>, "seq">;

/** A `profile` to sign (PF1). `deps` are free (PF1.5): a member's new profile cites the one it replaces. Never throws. */
export function profileDraft(fields: ProfileFields & { readonly seq: number }, deps: Iterable<RecordId> = []): RecordDraft<"profile", BodyFields<ProfileBody>> {
  const { member, seq, name, bio, box, picture } = fields;
  return { kind: "profile", body: { member, seq, name, bio, box, picture: picture === null ? null : { hash: picture.hash, type: picture.type, size: picture.size } }, deps: [...deps] };
}

/** A `profile-picture` to sign (PF2) from the picture's bytes. Never throws. */
export function profilePictureDraft(fields: { readonly member: MemberKey; readonly type: PictureType; readonly bytes: Uint8Array }): RecordDraft<"profile-picture", BodyFields<ProfilePictureBody>> {
  return { kind: "profile-picture", body: { member: fields.member, type: fields.type, data: toBase64url(fields.bytes) }, deps: [] };
}
