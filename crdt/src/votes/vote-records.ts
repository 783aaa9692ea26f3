/**
 * The records of section V to sign (PROTOCOL.md V2, V4–V7), one builder per kind: each writes
 * exactly the members its kind lists, sorts the lists V2 and V5 want sorted, and adds the ids its
 * body names to the deps (V1.2). The `sign…` functions sign what the builders make; `signClose`
 * also signs the `counted` record of every non-empty box (V6).
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, ProposalId, RecordId } from "../records/ids.js";
import type { RecordBody } from "../kinds/define-kind.js";
import { signDraft, withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { SignOptions } from "../proposals/proposal-records.js";
import type { ParsedRecord, Signer } from "../records/record.js";
import type { Fraction, TallyResult } from "../tally/types.js";
import { countedHash } from "./counted-hash.js";
import type { OpenDelegations } from "../delegation/delegation-bodies.js";
import type { OpenStanding } from "../dues/standing-set.js";
import { closePresenceOf, type ClosePresence, type OpenPresent } from "../assemblies/attendance-set.js";
import type { BallotBody, BoxEntry, CloseBody, CountedBody, DecisionBody, OpenBody, OpenRule, WeightEntry } from "./vote-bodies.js";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byBox = (a: { chapter: string; shard: number }, b: { chapter: string; shard: number }): number => byText(a.chapter, b.chapter) || a.shard - b.shard;

/** The fields of an open (V2); lists are sorted for the signer. */
export interface OpenFields {
  readonly chapter: ChapterId;
  readonly proposal: ProposalId;
  readonly version: RecordId;
  readonly amendment?: RecordId | null;
  readonly textHash: string;
  readonly options: readonly string[];
  readonly rule: OpenRule;
  readonly quorum?: Fraction | null;
  readonly closesAt: number;
  readonly finalAt: number;
  readonly heads: readonly RecordId[];
  readonly weights?: readonly WeightEntry[];
  readonly shards: number;
  readonly boxes: readonly BoxEntry[];
  readonly supersedes?: readonly RecordId[];
  /** The delegation records taken and the settings (DG1.4); absent: the vote has no delegation. */
  readonly delegations?: OpenDelegations;
  /** The ledger entries taken (DU8.1); absent: dues play no part in the electorate. */
  readonly standing?: OpenStanding;
  /** The assembly and the attendance taken (AS8.1); absent: not a vote of the members present. */
  readonly present?: OpenPresent;
}

/** What a close counted in one box. */
export interface BoxTally {
  readonly chapter: ChapterId;
  readonly shard: number;
  readonly ids: readonly RecordId[];
}

/** The fields of a close (V5): `boxes` lists every box of the open, with the ballots it counted. */
export interface CloseFields {
  readonly open: RecordId;
  readonly boxes: readonly BoxTally[];
  /** The sealed result: the tally (T17) of the counted ballots. */
  readonly result: CanonicalValue | TallyResult;
  readonly supersedes?: RecordId | null;
  /** The room as the vote was held (AS8.6): only for a vote of the members present. */
  readonly presence?: ClosePresence;
}

/** An `open` (V2): heads, weights, boxes and supersedes sorted without repeats. Never throws. */
export function openDraft(fields: OpenFields, deps?: Iterable<RecordId>): RecordDraft<"open", BodyFields<OpenBody>> {
  const supersedes = [...new Set(fields.supersedes ?? [])].sort(byText);
  const amendment = fields.amendment ?? null;
  const quorum = fields.quorum ?? null;
  const body = {
    chapter: fields.chapter,
    proposal: fields.proposal,
    version: fields.version,
    amendment,
    textHash: fields.textHash,
    options: [...fields.options],
    rule: { ...fields.rule },
    quorum: quorum === null ? null : { num: quorum.num, den: quorum.den },
    closesAt: fields.closesAt,
    finalAt: fields.finalAt,
    roster: { heads: [...new Set(fields.heads)].sort(byText) },
    weights: [...(fields.weights ?? [])].sort((a, b) => byText(a.chapter, b.chapter)).map(({ chapter, weight }) => ({ chapter, weight })),
    boxes: { shards: fields.shards, list: [...fields.boxes].sort(byBox).map(({ chapter, shard, document }) => ({ chapter, shard, document })) },
    supersedes,
  };
  const { delegations, standing, present } = fields;
  const sets = delegations === undefined ? [] : [...new Set(delegations.sets)].sort(byText);
  const standingSets = standing === undefined ? [] : [...new Set(standing.sets)].sort(byText);
  const attendanceSets = present === undefined ? [] : [...new Set(present.sets)].sort(byText);
  return {
    kind: "open",
    body: {
      ...body,
      ...(delegations === undefined ? {} : { delegations: { sets, depth: delegations.depth, cap: delegations.cap, topic: delegations.topic } }),
      ...(standing === undefined ? {} : { standing: { sets: standingSets } }),
      ...(present === undefined ? {} : { present: { assembly: present.assembly, sets: attendanceSets } }),
    },
    deps: withNamed(deps, fields.chapter, fields.proposal, fields.version, amendment, ...supersedes, ...sets, ...standingSets, present?.assembly ?? null, ...attendanceSets),
  };
}

/** A `ballot` (V4) answering `open`. Never throws. */
export function ballotDraft(
  fields: { readonly chapter: ChapterId; readonly proposal: ProposalId; readonly open: RecordId; readonly textHash: string; readonly choice: CanonicalValue; readonly seq: number },
  deps?: Iterable<RecordId>,
): RecordDraft<"ballot", BodyFields<BallotBody>> {
  const { chapter, proposal, open, textHash, choice, seq } = fields;
  return { kind: "ballot", body: { chapter, proposal, open, textHash, choice, seq }, deps: withNamed(deps, chapter, proposal, open) };
}

/** A `close` (V5): per box, in the open's order, the count and hash of the ids it counted (V5.1). Never throws. */
export function closeDraft(fields: CloseFields, deps?: Iterable<RecordId>): RecordDraft<"close", BodyFields<CloseBody>> {
  const supersedes = fields.supersedes ?? null;
  const boxes = [...fields.boxes].sort(byBox).map(({ chapter, shard, ids }) => ({ chapter, shard, count: ids.length, hash: countedHash(ids) }));
  const sealed = fields.presence === undefined ? {} : { presence: closePresenceOf(fields.presence) };
  return { kind: "close", body: { open: fields.open, boxes, result: fields.result as RecordBody, supersedes, ...sealed }, deps: withNamed(deps, fields.open, supersedes) };
}

/** The `counted` records of a signed close (V6): one per box that counted any ballot, ids sorted. Never throws. */
export function countedDrafts(open: RecordId, close: RecordId, boxes: readonly BoxTally[]): RecordDraft<"counted", BodyFields<CountedBody>>[] {
  return [...boxes]
    .sort(byBox)
    .filter((box) => box.ids.length > 0)
    .map(({ chapter, shard, ids }) => ({ kind: "counted", body: { open, close, chapter, shard, ids: [...ids].sort(byText) }, deps: [open, close] }));
}

/** A `decision` (V7): the sealed result of the vote's current close, for the chapter's log. Never throws. */
export function decisionDraft(
  fields: { readonly chapter: ChapterId; readonly proposal: ProposalId; readonly open: RecordId; readonly close: RecordId; readonly result: CanonicalValue | TallyResult },
  deps?: Iterable<RecordId>,
): RecordDraft<"decision", BodyFields<DecisionBody>> {
  const { chapter, proposal, open, close } = fields;
  return { kind: "decision", body: { chapter, proposal, open, close, result: fields.result as RecordBody }, deps: withNamed(deps, chapter, proposal, open, close) };
}

/**
 * Signs an `open` (V2).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signOpen(signer: Signer, fields: OpenFields, options: SignOptions): Promise<ParsedRecord> {
  return signDraft(signer, openDraft(fields, options.deps), options.at);
}

/**
 * Signs a `ballot` (V4).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signBallot(signer: Signer, fields: Parameters<typeof ballotDraft>[0], options: SignOptions): Promise<ParsedRecord> {
  return signDraft(signer, ballotDraft(fields, options.deps), options.at);
}

/**
 * Signs a `close` (V5) and the `counted` record of each box that counted any ballot (V6), all at
 * `options.at`. `fields.boxes` must list every box of the open.
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export async function signClose(signer: Signer, fields: CloseFields, options: SignOptions): Promise<{ close: ParsedRecord; counted: ParsedRecord[] }> {
  const close = await signDraft(signer, closeDraft(fields, options.deps), options.at);
  const counted = await Promise.all(countedDrafts(fields.open, close.id, fields.boxes).map((draft) => signDraft(signer, draft, options.at)));
  return { close, counted };
}

/**
 * Signs a `decision` (V7).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signDecision(signer: Signer, fields: Parameters<typeof decisionDraft>[0], options: SignOptions): Promise<ParsedRecord> {
  return signDraft(signer, decisionDraft(fields, options.deps), options.at);
}
