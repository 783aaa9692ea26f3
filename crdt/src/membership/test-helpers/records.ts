/**
 * Builders for membership records in tests. Each adds the ids its body names (M1.3) to the
 * deps it is given, so tests state only the causal links they are about.
 */
import type { CanonicalValue } from "../../records/canonical.js";
import type { ChapterId, MemberKey, RecordId } from "../../records/ids.js";
import { signRecord, type ParsedRecord, type Signer } from "../../records/record.js";
import type { Level } from "../bodies.js";

/** Default claimed time of test records. */
export const AT = 1_000;

/** Signs a record of any kind with exactly the given deps. Rejects as `signRecord` does. */
export function make(
  signer: Signer,
  kind: string,
  body: CanonicalValue,
  deps: Iterable<RecordId> = [],
  at: number = AT,
): Promise<ParsedRecord> {
  return signRecord(signer, { kind, body, deps, at });
}

const ids = (...lists: Iterable<RecordId | ChapterId | null>[]): RecordId[] => {
  const out: RecordId[] = [];
  for (const list of lists) for (const id of list) if (id !== null) out.push(id);
  return out;
};

/** Options of a test genesis. */
export interface GenesisOptions {
  readonly name?: string;
  readonly level?: Level;
  readonly parent?: ChapterId | null;
  readonly founders?: readonly MemberKey[];
  readonly sponsors?: number;
  readonly countersign?: boolean;
  readonly deps?: Iterable<RecordId>;
  readonly at?: number;
}

/** A genesis; founders default to the signer alone, policy to one sponsor and no countersign. Rejects as `signRecord` does. */
export function genesis(signer: Signer, options: GenesisOptions = {}): Promise<ParsedRecord> {
  const parent = options.parent ?? null;
  const body = {
    name: options.name ?? "Test chapter",
    level: options.level ?? (parent === null ? "international" : "country"),
    parent,
    place: { lat: 51_507_400, lon: -127_800 },
    document: "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu",
    admission: { sponsors: options.sponsors ?? 1, countersign: options.countersign ?? false },
    founders: [...(options.founders ?? [signer.publicKey])].sort(),
  };
  return make(signer, "genesis", body, ids(options.deps ?? [], [parent]), options.at);
}

/** The chapter id of a genesis record. Never throws. */
export const chapterOf = (record: ParsedRecord): ChapterId => record.id as ChapterId;

/** An endorse by a listed co-founder. Rejects as `signRecord` does. */
export function endorse(
  signer: Signer,
  chapter: ChapterId,
  deps: Iterable<RecordId> = [],
): Promise<ParsedRecord> {
  return make(signer, "endorse", { chapter }, ids(deps, [chapter]));
}

/** A sponsor record. Rejects as `signRecord` does. */
export function sponsor(
  signer: Signer,
  chapter: ChapterId,
  candidate: MemberKey,
  deps: Iterable<RecordId> = [],
  at = AT,
): Promise<ParsedRecord> {
  return make(signer, "sponsor", { chapter, candidate }, ids(deps, [chapter]), at);
}

/** A facilitator's countersign. Rejects as `signRecord` does. */
export function countersign(
  signer: Signer,
  chapter: ChapterId,
  candidate: MemberKey,
  deps: Iterable<RecordId> = [],
): Promise<ParsedRecord> {
  return make(signer, "countersign", { chapter, candidate }, ids(deps, [chapter]));
}

/** What an admit cites. */
export interface AdmitOptions {
  readonly sponsors?: readonly RecordId[];
  readonly countersign?: RecordId | null;
  readonly redeem?: RecordId | null;
  readonly deps?: Iterable<RecordId>;
  readonly at?: number;
}

/** An admit signed by the candidate. Rejects as `signRecord` does. */
export function admit(signer: Signer, chapter: ChapterId, options: AdmitOptions = {}): Promise<ParsedRecord> {
  const sponsors = [...(options.sponsors ?? [])].sort();
  const body = {
    chapter,
    sponsors,
    countersign: options.countersign ?? null,
    redeem: options.redeem ?? null,
  };
  return make(
    signer,
    "admit",
    body,
    ids(options.deps ?? [], [chapter], sponsors, [body.countersign, body.redeem]),
    options.at,
  );
}

/** An invite. Rejects as `signRecord` does. */
export function invite(
  signer: Signer,
  chapter: ChapterId,
  fields: { token: MemberKey; maxUses?: number; expires?: number },
  deps: Iterable<RecordId> = [],
): Promise<ParsedRecord> {
  const body = {
    chapter,
    token: fields.token,
    maxUses: fields.maxUses ?? 1,
    expires: fields.expires ?? 10_000,
  };
  return make(signer, "invite", body, ids(deps, [chapter]));
}

/** A redeem signed by the invite's token key. Rejects as `signRecord` does. */
export function redeem(
  token: Signer,
  chapter: ChapterId,
  inviteId: RecordId,
  candidate: MemberKey,
  deps: Iterable<RecordId> = [],
  at = AT,
): Promise<ParsedRecord> {
  return make(token, "redeem", { chapter, invite: inviteId, candidate }, ids(deps, [chapter, inviteId]), at);
}

/** An uninvite. Rejects as `signRecord` does. */
export function uninvite(
  signer: Signer,
  chapter: ChapterId,
  inviteId: RecordId,
  deps: Iterable<RecordId> = [],
): Promise<ParsedRecord> {
  return make(signer, "uninvite", { chapter, invite: inviteId }, ids(deps, [chapter, inviteId]));
}

/** A leave. Rejects as `signRecord` does. */
export function leave(
  signer: Signer,
  chapter: ChapterId,
  deps: Iterable<RecordId> = [],
): Promise<ParsedRecord> {
  return make(signer, "leave", { chapter }, ids(deps, [chapter]));
}

/** A remove. Rejects as `signRecord` does. */
export function remove(
  signer: Signer,
  chapter: ChapterId,
  member: MemberKey,
  deps: Iterable<RecordId> = [],
  decision: RecordId | null = null,
  at = AT,
): Promise<ParsedRecord> {
  return make(signer, "remove", { chapter, member, decision }, ids(deps, [chapter, decision]), at);
}

/** A role grant or revoke. Rejects as `signRecord` does. */
export function role(
  signer: Signer,
  chapter: ChapterId,
  member: MemberKey,
  options: { role?: string; grant?: boolean; decision?: RecordId | null; deps?: Iterable<RecordId> } = {},
): Promise<ParsedRecord> {
  const decision = options.decision ?? null;
  const body = {
    chapter,
    member,
    role: options.role ?? "facilitator",
    grant: options.grant ?? true,
    decision,
  };
  return make(signer, "role", body, ids(options.deps ?? [], [chapter, decision]));
}

/** A rotate-proof signed by the new key, naming the old key. Rejects as `signRecord` does. */
export function rotateProof(
  newKey: Signer,
  chapter: ChapterId,
  oldKey: MemberKey,
  deps: Iterable<RecordId> = [],
): Promise<ParsedRecord> {
  return make(newKey, "rotate-proof", { chapter, key: oldKey }, ids(deps, [chapter]));
}

/** A rotate signed by the old key. Rejects as `signRecord` does. */
export function rotate(
  oldKey: Signer,
  chapter: ChapterId,
  newKey: MemberKey,
  proof: RecordId,
  deps: Iterable<RecordId> = [],
  at = AT,
): Promise<ParsedRecord> {
  return make(oldKey, "rotate", { chapter, key: newKey, proof }, ids(deps, [chapter, proof]), at);
}
