/**
 * The membership records to sign (PROTOCOL.md M4–M10), one builder per kind: each writes exactly
 * the members its kind lists, sorts the lists M1.2 wants sorted, and adds the ids its body names
 * to the deps (M1.3), so callers pass only the authority and history they cite (M3, M8.4).
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { RecordBody } from "../kinds/define-kind.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import {
  namedIds,
  type AdmitBody,
  type CandidacyBody,
  type ChapterOnlyBody,
  type GenesisBody,
  type InviteBody,
  type MembershipBody,
  type MembershipKind,
  type RedeemBody,
  type RemoveBody,
  type RoleBody,
  type RotateBody,
  type RotateProofBody,
  type UninviteBody,
} from "./bodies.js";

const sorted = <T extends string>(ids: Iterable<T>): T[] => [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function draft<K extends MembershipKind, F extends RecordBody>(kind: K, body: F, deps: Iterable<RecordId> | undefined): RecordDraft<K, F> {
  return { kind, body, deps: withNamed(deps, ...namedIds({ ...body, kind } as unknown as MembershipBody)) };
}

/** A `genesis` (M4); `founders` sorted without repeats. Never throws. */
export function genesisDraft(
  fields: Omit<BodyFields<GenesisBody>, "founders"> & { readonly founders: Iterable<MemberKey> },
  deps?: Iterable<RecordId>,
): RecordDraft<"genesis", BodyFields<GenesisBody>> {
  const { name, level, parent, place, document, admission } = fields;
  return draft(
    "genesis",
    {
      name,
      level,
      parent,
      place: place === null ? null : { lat: place.lat, lon: place.lon },
      document,
      admission: { sponsors: admission.sponsors, countersign: admission.countersign },
      founders: sorted(fields.founders),
    },
    deps,
  );
}

/** An `endorse` (M5). Never throws. */
export function endorseDraft(chapter: ChapterId, deps?: Iterable<RecordId>): RecordDraft<"endorse", BodyFields<ChapterOnlyBody>> {
  return draft("endorse", { chapter }, deps);
}

/** A `sponsor` (M6.1). Never throws. */
export function sponsorDraft(fields: { readonly chapter: ChapterId; readonly candidate: MemberKey }, deps?: Iterable<RecordId>): RecordDraft<"sponsor", BodyFields<CandidacyBody>> {
  return draft("sponsor", { chapter: fields.chapter, candidate: fields.candidate }, deps);
}

/** A `countersign` (M6.2). Never throws. */
export function countersignDraft(fields: { readonly chapter: ChapterId; readonly candidate: MemberKey }, deps?: Iterable<RecordId>): RecordDraft<"countersign", BodyFields<CandidacyBody>> {
  return draft("countersign", { chapter: fields.chapter, candidate: fields.candidate }, deps);
}

/** An `admit` (M6.3): on sponsors and a countersign, or by a `redeem`; `sponsors` sorted. Never throws. */
export function admitDraft(
  fields: { readonly chapter: ChapterId; readonly sponsors?: Iterable<RecordId>; readonly countersign?: RecordId | null; readonly redeem?: RecordId | null },
  deps?: Iterable<RecordId>,
): RecordDraft<"admit", BodyFields<AdmitBody>> {
  return draft("admit", { chapter: fields.chapter, sponsors: sorted(fields.sponsors ?? []), countersign: fields.countersign ?? null, redeem: fields.redeem ?? null }, deps);
}

/** An `invite` (M7.1): `token` the public key of the invite's bearer key. Never throws. */
export function inviteDraft(
  fields: { readonly chapter: ChapterId; readonly token: MemberKey; readonly maxUses: number; readonly expires: number },
  deps?: Iterable<RecordId>,
): RecordDraft<"invite", BodyFields<InviteBody>> {
  return draft("invite", { chapter: fields.chapter, token: fields.token, maxUses: fields.maxUses, expires: fields.expires }, deps);
}

/** A `redeem` (M7.2), to be signed by the invite's token key. Never throws. */
export function redeemDraft(
  fields: { readonly chapter: ChapterId; readonly invite: RecordId; readonly candidate: MemberKey },
  deps?: Iterable<RecordId>,
): RecordDraft<"redeem", BodyFields<RedeemBody>> {
  return draft("redeem", { chapter: fields.chapter, invite: fields.invite, candidate: fields.candidate }, deps);
}

/** An `uninvite` (M7.5). Never throws. */
export function uninviteDraft(fields: { readonly chapter: ChapterId; readonly invite: RecordId }, deps?: Iterable<RecordId>): RecordDraft<"uninvite", BodyFields<UninviteBody>> {
  return draft("uninvite", { chapter: fields.chapter, invite: fields.invite }, deps);
}

/** A `leave` (M8.1). Never throws. */
export function leaveDraft(chapter: ChapterId, deps?: Iterable<RecordId>): RecordDraft<"leave", BodyFields<ChapterOnlyBody>> {
  return draft("leave", { chapter }, deps);
}

/** A `remove` (M8.2). Never throws. */
export function removeDraft(
  fields: { readonly chapter: ChapterId; readonly member: MemberKey; readonly decision?: RecordId | null },
  deps?: Iterable<RecordId>,
): RecordDraft<"remove", BodyFields<RemoveBody>> {
  return draft("remove", { chapter: fields.chapter, member: fields.member, decision: fields.decision ?? null }, deps);
}

/** A `role` (M9): a grant, or with `grant: false` its end. Never throws. */
export function roleDraft(
  fields: { readonly chapter: ChapterId; readonly member: MemberKey; readonly role: string; readonly grant: boolean; readonly decision?: RecordId | null },
  deps?: Iterable<RecordId>,
): RecordDraft<"role", BodyFields<RoleBody>> {
  return draft("role", { chapter: fields.chapter, member: fields.member, role: fields.role, grant: fields.grant, decision: fields.decision ?? null }, deps);
}

/** A `rotate-proof` (M10.1), signed by the new key, naming the old one. Never throws. */
export function rotateProofDraft(fields: { readonly chapter: ChapterId; readonly key: MemberKey }, deps?: Iterable<RecordId>): RecordDraft<"rotate-proof", BodyFields<RotateProofBody>> {
  return draft("rotate-proof", { chapter: fields.chapter, key: fields.key }, deps);
}

/** A `rotate` (M10.2), signed by the old key, naming the new one and its proof. Never throws. */
export function rotateDraft(fields: { readonly chapter: ChapterId; readonly key: MemberKey; readonly proof: RecordId }, deps?: Iterable<RecordId>): RecordDraft<"rotate", BodyFields<RotateBody>> {
  return draft("rotate", { chapter: fields.chapter, key: fields.key, proof: fields.proof }, deps);
}
