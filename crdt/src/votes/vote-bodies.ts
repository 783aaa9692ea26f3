/**
 * The body schema of each vote kind (PROTOCOL.md V1.1, V2, V4–V7) and its parser.
 * `parseVoteBody` turns a record's body into a typed value or a problem text; it never throws.
 */
import { isObject, type CanonicalValue } from "../records/canonical.js";
import type { ChapterId, DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import {
  firstProblem,
  fractionProblem,
  idListProblem,
  idProblem,
  intProblem,
  listProblem,
  membersProblem,
  nullableIdProblem,
  objectProblem,
  urlProblem,
  type BodyObject,
} from "../proposals/field-checks.js";
import { MAX_SEQ } from "../proposals/proposal-bodies.js";
import type { Fraction } from "../tally/types.js";
import { openDelegationsProblem, type OpenDelegations } from "../delegation/delegation-bodies.js";
import { openStandingProblem, type OpenStanding } from "../dues/standing-set.js";
import { closePresenceProblem, openPresentProblem, type ClosePresence, type OpenPresent } from "../assemblies/attendance-set.js";

/** Most roster heads an open may cite (V2.5). */
export const MAX_ROSTER_HEADS = 1024;
/** Most weight entries (V2.5). */
export const MAX_WEIGHTS = 1024;
/** Largest weight of a chapter's members (V2.5). */
export const MAX_WEIGHT = 1000;
/** Most shards per chapter (V2.5). */
export const MAX_SHARDS = 64;
/** Most ballot boxes of one vote (V2.5). */
export const MAX_BOXES = 1024;
/** Most opens one open may supersede (V2.7). */
export const MAX_SUPERSEDES = 32;
/** Most ballot ids one box's `counted` record lists (V6.1); keeps it under R8. */
export const MAX_COUNTED = 5000;

/** The rule as frozen in an open: `type` and the rule's own parameters (T1.1), no quorum. */
export type OpenRule = { readonly type: string } & { readonly [parameter: string]: CanonicalValue };
/** A chapter's weight (V2.5). */
export interface WeightEntry {
  readonly chapter: ChapterId;
  readonly weight: number;
}
/** One ballot box of a vote (V2.5). */
export interface BoxEntry {
  readonly chapter: ChapterId;
  readonly shard: number;
  readonly document: DocumentUrl;
}
/** `open` (V2). */
export interface OpenBody {
  readonly kind: "open";
  readonly chapter: ChapterId;
  readonly proposal: ProposalId;
  readonly version: RecordId;
  readonly amendment: RecordId | null;
  readonly textHash: string;
  readonly options: readonly string[];
  readonly rule: OpenRule;
  readonly quorum: Fraction | null;
  readonly closesAt: number;
  readonly finalAt: number;
  readonly roster: { readonly heads: readonly RecordId[] };
  readonly weights: readonly WeightEntry[];
  readonly boxes: { readonly shards: number; readonly list: readonly BoxEntry[] };
  readonly supersedes: readonly RecordId[];
  /** The delegation records the vote takes and its delegation settings (DG1.4); absent: no delegation. */
  readonly delegations?: OpenDelegations;
  /** The ledger entries the vote takes (DU8.1); absent: dues play no part in the electorate. */
  readonly standing?: OpenStanding;
  /** The assembly and the attendance the vote takes (AS8.1); absent: not a vote of the members present. */
  readonly present?: OpenPresent;
}
/** `ballot` (V4). */
export interface BallotBody {
  readonly kind: "ballot";
  readonly chapter: ChapterId;
  readonly proposal: ProposalId;
  readonly open: RecordId;
  readonly textHash: string;
  readonly choice: CanonicalValue;
  readonly seq: number;
}
/** One box's count in a close (V5.1). */
export interface BoxCount {
  readonly chapter: ChapterId;
  readonly shard: number;
  readonly count: number;
  readonly hash: string;
}
/** `close` (V5). */
export interface CloseBody {
  readonly kind: "close";
  readonly open: RecordId;
  readonly boxes: readonly BoxCount[];
  readonly result: { readonly [key: string]: CanonicalValue };
  readonly supersedes: RecordId | null;
  /** The room as the vote was held (AS8.6): only when its open has `present`. */
  readonly presence?: ClosePresence;
}
/** `counted` (V6). */
export interface CountedBody {
  readonly kind: "counted";
  readonly open: RecordId;
  readonly close: RecordId;
  readonly chapter: ChapterId;
  readonly shard: number;
  readonly ids: readonly RecordId[];
}
/** `decision` (V7). */
export interface DecisionBody {
  readonly kind: "decision";
  readonly chapter: ChapterId;
  readonly proposal: ProposalId;
  readonly open: RecordId;
  readonly close: RecordId;
  readonly result: { readonly [key: string]: CanonicalValue };
}
/** Any vote body. */
export type VoteRecordBody = OpenBody | BallotBody | CloseBody | CountedBody | DecisionBody;
/** A kind of section V (V1; votes/kinds.ts declares each). */
export type VoteKind = VoteRecordBody["kind"];
/** A parsed body, or why it is malformed. */
export type VoteBodyResult = BodyParse<VoteRecordBody>;

/** Compares box positions `(chapter, shard)`. */
export function compareBoxes(a: { chapter: string; shard: number }, b: { chapter: string; shard: number }): number {
  return a.chapter < b.chapter ? -1 : a.chapter > b.chapter ? 1 : a.shard - b.shard;
}

/** Problem if `value` is not a list of entries (each checked by `entry`) sorted strictly by `compare`. */
function sortedListProblem(
  name: string,
  value: CanonicalValue | undefined,
  min: number,
  max: number,
  entry: (item: CanonicalValue, where: string) => string | undefined,
  compare: (a: BodyObject, b: BodyObject) => number,
): string | undefined {
  const list = listProblem(name, value, max);
  if (list !== undefined) return list;
  const items = value as readonly CanonicalValue[];
  if (items.length < min) return `${name} must hold at least ${min} entries`;
  for (const [i, item] of items.entries()) {
    const bad = entry(item, `${name}[${i}]`);
    if (bad !== undefined) return bad;
    if (i > 0 && compare(items[i - 1] as BodyObject, item as BodyObject) >= 0) return `${name} is not sorted without repeats`;
  }
  return undefined;
}

const byChapterShard = (a: BodyObject, b: BodyObject) =>
  compareBoxes(a as unknown as { chapter: string; shard: number }, b as unknown as { chapter: string; shard: number });

function ruleProblem(value: CanonicalValue | undefined): string | undefined {
  if (!isObject(value)) return "rule is not an object";
  if (typeof value.type !== "string") return "rule.type is not a string";
  return Object.hasOwn(value, "quorum") ? "rule holds a quorum: the quorum is the open's own member" : undefined;
}

function boxesProblem(value: CanonicalValue | undefined): string | undefined {
  const shape = membersProblem(value ?? null, ["list", "shards"]);
  if (shape !== undefined) return `boxes: ${shape}`;
  const { shards, list } = value as BodyObject;
  const bad = intProblem("boxes.shards", shards, 1, MAX_SHARDS);
  if (bad !== undefined) return bad;
  const entry = (item: CanonicalValue, where: string) =>
    membersProblem(item, ["chapter", "document", "shard"]) ??
    firstProblem(
      idProblem(`${where}.chapter`, (item as BodyObject).chapter),
      intProblem(`${where}.shard`, (item as BodyObject).shard, 0, (shards as number) - 1),
      urlProblem(`${where}.document`, (item as BodyObject).document),
    );
  const listBad = sortedListProblem("boxes.list", list, 1, MAX_BOXES, entry, byChapterShard);
  if (listBad !== undefined) return listBad;
  const documents = new Set((list as readonly BodyObject[]).map((box) => box.document));
  return documents.size === (list as readonly unknown[]).length ? undefined : "boxes.list names one document twice";
}

function openProblem(b: BodyObject): string | undefined {
  const weightEntry = (item: CanonicalValue, where: string) =>
    membersProblem(item, ["chapter", "weight"]) ??
    firstProblem(idProblem(`${where}.chapter`, (item as BodyObject).chapter), intProblem(`${where}.weight`, (item as BodyObject).weight, 1, MAX_WEIGHT));
  const byChapter = (x: BodyObject, y: BodyObject) => ((x.chapter as string) < (y.chapter as string) ? -1 : x.chapter === y.chapter ? 0 : 1);
  const times = firstProblem(intProblem("closesAt", b.closesAt, 0, Number.MAX_SAFE_INTEGER), intProblem("finalAt", b.finalAt, 0, Number.MAX_SAFE_INTEGER));
  return firstProblem(
    idProblem("chapter", b.chapter),
    idProblem("proposal", b.proposal),
    idProblem("version", b.version),
    nullableIdProblem("amendment", b.amendment),
    idProblem("textHash", b.textHash),
    listProblem("options", b.options, 256) ??
      ((b.options as readonly CanonicalValue[]).every((option) => typeof option === "string") ? undefined : "options holds a non-string"),
    ruleProblem(b.rule),
    b.quorum === null ? undefined : fractionProblem("quorum", b.quorum),
    times ?? ((b.closesAt as number) <= (b.finalAt as number) ? undefined : "finalAt is before closesAt"),
    membersProblem(b.roster ?? null, ["heads"]) === undefined
      ? idListProblem("roster.heads", (b.roster as BodyObject).heads, 1, MAX_ROSTER_HEADS)
      : "roster is not exactly { heads }",
    sortedListProblem("weights", b.weights, 0, MAX_WEIGHTS, weightEntry, byChapter),
    boxesProblem(b.boxes),
    idListProblem("supersedes", b.supersedes, 0, MAX_SUPERSEDES),
    Object.hasOwn(b, "delegations") ? openDelegationsProblem(b.delegations) : undefined,
    Object.hasOwn(b, "standing") ? openStandingProblem(b.standing) : undefined,
    Object.hasOwn(b, "present") ? openPresentProblem(b.present) : undefined,
  );
}

function closeProblem(b: BodyObject): string | undefined {
  const boxEntry = (item: CanonicalValue, where: string) =>
    membersProblem(item, ["chapter", "count", "hash", "shard"]) ??
    firstProblem(
      idProblem(`${where}.chapter`, (item as BodyObject).chapter),
      intProblem(`${where}.shard`, (item as BodyObject).shard, 0, MAX_SHARDS - 1),
      intProblem(`${where}.count`, (item as BodyObject).count, 0, MAX_COUNTED),
      idProblem(`${where}.hash`, (item as BodyObject).hash),
    );
  return firstProblem(
    idProblem("open", b.open),
    sortedListProblem("boxes", b.boxes, 1, MAX_BOXES, boxEntry, byChapterShard),
    objectProblem("result", b.result),
    nullableIdProblem("supersedes", b.supersedes),
    Object.hasOwn(b, "presence") ? closePresenceProblem(b.presence) : undefined,
  );
}

function bodyProblem(kind: VoteKind, body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  switch (kind) {
    case "open":
      return (
        membersProblem(body, [
          ...(isObject(body) && Object.hasOwn(body, "delegations") ? ["delegations"] : []),
          ...(isObject(body) && Object.hasOwn(body, "standing") ? ["standing"] : []),
          ...(isObject(body) && Object.hasOwn(body, "present") ? ["present"] : []),
          "amendment",
          "boxes",
          "chapter",
          "closesAt",
          "finalAt",
          "options",
          "proposal",
          "quorum",
          "roster",
          "rule",
          "supersedes",
          "textHash",
          "version",
          "weights",
        ]) ?? openProblem(b)
      );
    case "ballot":
      return (
        membersProblem(body, ["chapter", "choice", "open", "proposal", "seq", "textHash"]) ??
        firstProblem(
          idProblem("chapter", b.chapter),
          idProblem("proposal", b.proposal),
          idProblem("open", b.open),
          idProblem("textHash", b.textHash),
          intProblem("seq", b.seq, 1, MAX_SEQ),
        )
      );
    case "close":
      return membersProblem(body, ["boxes", "open", ...(isObject(body) && Object.hasOwn(body, "presence") ? ["presence"] : []), "result", "supersedes"]) ?? closeProblem(b);
    case "counted":
      return (
        membersProblem(body, ["chapter", "close", "ids", "open", "shard"]) ??
        firstProblem(
          idProblem("open", b.open),
          idProblem("close", b.close),
          idProblem("chapter", b.chapter),
          intProblem("shard", b.shard, 0, MAX_SHARDS - 1),
          idListProblem("ids", b.ids, 0, MAX_COUNTED),
        )
      );
    case "decision":
      return (
        membersProblem(body, ["chapter", "close", "open", "proposal", "result"]) ??
        firstProblem(idProblem("chapter", b.chapter), idProblem("proposal", b.proposal), idProblem("open", b.open), idProblem("close", b.close), objectProblem("result", b.result))
      );
  }
}

/** Parses the body of a vote-kind record (V1.1): the validator of each kind of votes/kinds.ts. Never throws. */
export function parseVoteBody(kind: VoteKind, body: CanonicalValue): VoteBodyResult {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as VoteRecordBody };
}

/** The record ids a body names that must be in the record's deps (V1.2). Never throws. */
export function voteNamedIds(body: VoteRecordBody): RecordId[] {
  switch (body.kind) {
    case "open":
      return [body.chapter, body.proposal, body.version, ...(body.amendment === null ? [] : [body.amendment]), ...body.supersedes, ...(body.delegations?.sets ?? []), ...(body.standing?.sets ?? []), ...(body.present === undefined ? [] : [body.present.assembly, ...body.present.sets])];
    case "ballot":
      return [body.chapter, body.proposal, body.open];
    case "close":
      return [body.open, ...(body.supersedes === null ? [] : [body.supersedes])];
    case "counted":
      return [body.open, body.close];
    case "decision":
      return [body.chapter, body.proposal, body.open, body.close];
  }
}
