/**
 * What the vote screens ask the verification worker (`VoteReadInput`) and what it answers
 * (`VoteReading`): plain data that crosses `postMessage` whole. Record texts travel as plain
 * strings inside vote-bundle documents (PROTOCOL.md V10.2), never as Automerge values.
 */
import type {
  ChapterId,
  DocumentUrl,
  MemberKey,
  OpenBody,
  ProposalId,
  ProposalStage,
  RecordId,
  RecordStatus,
  TallyResult,
  VersionOption,
  VoteBundleDocument,
  VoteReport,
} from "@chapterhouse/crdt";

/** One read of a proposal's votes. */
export interface VoteReadInput {
  readonly proposal: ProposalId;
  /** The open to report on; null for the proposal's current open (or the first contested one). */
  readonly open: RecordId | null;
  /** Whose ballot to report as "mine" (the unlocked member), or null. */
  readonly member: MemberKey | null;
  /**
   * The documents this device holds that a vote of the proposal may rest on: the Organisation
   * document, Chapter documents, the Proposal document and the ballot boxes of its opens.
   * The reader picks what one vote needs (`voteBundleFor`).
   */
  readonly documents: readonly VoteBundleDocument[];
}

/** A valid version of the proposal (P3), what a vote can be opened on. */
export interface VersionSummary {
  readonly id: RecordId;
  readonly n: number;
  readonly text: string;
  readonly options: readonly VersionOption[];
  /** P3.2, computed from the record. */
  readonly textHash: string;
}

/** An open record of the proposal whose body could be read, with its status (V2.8). */
export interface OpenSummary {
  readonly id: RecordId;
  readonly status: RecordStatus;
  readonly signer: MemberKey;
  readonly at: number;
  readonly body: OpenBody;
}

/** A member's current ballot (V4.8). */
export interface BallotSummary {
  readonly id: RecordId;
  readonly member: MemberKey;
  readonly seq: number;
  /** The choice exactly as the ballot carries it (T1.1). */
  readonly choice: unknown;
  readonly at: number;
}

/** A valid close of the vote (V5). */
export interface CloseSummary {
  readonly id: RecordId;
  readonly status: RecordStatus;
  readonly signer: MemberKey;
  readonly at: number;
  readonly supersedes: RecordId | null;
  readonly counted: number;
  readonly result: TallyResult;
}

/** What one box of a close counts (the ids its `counted` record lists, V6). */
export interface BoxCountPlan {
  readonly chapter: ChapterId;
  readonly shard: number;
  readonly ids: readonly RecordId[];
}

/**
 * A close this device can sign now (V5): every box of the open with the ballots it counts, the
 * tally of those ballots, and the close it supersedes (V5.7) if any.
 */
export interface ClosePlan {
  readonly boxes: readonly BoxCountPlan[];
  readonly result: TallyResult;
  readonly supersedes: RecordId | null;
  /** Ballots counted in all. */
  readonly counted: number;
  /** Ballots a superseding close adds to the close it supersedes (0 for a first close). */
  readonly adds: number;
}

/** The vote's decision, if a valid one is held (V7). */
export interface DecisionSummary {
  readonly id: RecordId;
  readonly signer: MemberKey;
  readonly at: number;
}

/** Signature-valid records of one map of one ballot box (D3.6), what the device keeps (D8). */
export interface BoxRecords {
  readonly document: DocumentUrl;
  readonly map: string;
  readonly ids: readonly RecordId[];
}

/** Everything the vote screens show of a proposal's votes. */
export interface VoteReading {
  readonly proposal: {
    readonly id: ProposalId;
    readonly chapter: ChapterId | null;
    readonly title: string | null;
    readonly author: MemberKey | null;
    readonly stage: ProposalStage | null;
    /** The Proposal document, from the creation record. */
    readonly document: DocumentUrl | null;
    /** Valid versions, by n then id. */
    readonly versions: readonly VersionSummary[];
  };
  /** Every open of the proposal whose body could be read, by id. */
  readonly opens: readonly OpenSummary[];
  /** The open `report` is about, or null when the proposal has none. */
  readonly open: RecordId | null;
  /** The verification report of that vote (V9), or null when the proposal has no open. */
  readonly report: VoteReport | null;
  /** Members' current ballots (V4.8) in the vote, by member. */
  readonly ballots: readonly BallotSummary[];
  /** The member's own ballots in the vote. */
  readonly mine: { readonly current: BallotSummary | null; readonly highestSeq: number };
  /** The vote's valid closes, by id. */
  readonly closes: readonly CloseSummary[];
  /** The first close to sign, when the open is valid and has no close yet. */
  readonly closePlan: ClosePlan | null;
  /** A superseding close to sign when the current close missed valid ballots of members it counted none of (V5.7, V5.10). */
  readonly supersedePlan: ClosePlan | null;
  /** The vote's valid decision, if held. */
  readonly decision: DecisionSummary | null;
  /** The signer of each record the report lists as a problem or note, when its envelope is readable. */
  readonly signers: { readonly [record: string]: MemberKey };
  /** The vote's ballot-box records whose signature held, for the device's store and write-back (D8, D9). */
  readonly kept: readonly BoxRecords[];
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringMap(value: unknown): boolean {
  return isObject(value) && Object.values(value).every((text) => typeof text === "string");
}

/** True for a vote-bundle document of plain strings (V10.2 shape). Never throws. */
export function isBundleDocument(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value["type"] === "string" &&
    typeof value["url"] === "string" &&
    isObject(value["records"]) &&
    Object.values(value["records"]).every(isStringMap)
  );
}

/** Guard for `VoteReadInput` at the worker's edge, documents checked whole. Never throws. */
export function isVoteReadInput(value: unknown): value is VoteReadInput {
  return (
    isObject(value) &&
    typeof value["proposal"] === "string" &&
    (value["open"] === null || typeof value["open"] === "string") &&
    (value["member"] === null || typeof value["member"] === "string") &&
    Array.isArray(value["documents"]) &&
    (value["documents"] as unknown[]).every(isBundleDocument)
  );
}

/**
 * Guard for `VoteReading` at the page's edge: the shape of its parts. The report and summaries are
 * the worker's own output (the same bundle as the page), so they are not re-checked field by field.
 */
export function isVoteReading(value: unknown): value is VoteReading {
  if (!isObject(value)) return false;
  const proposal = value["proposal"];
  const mine = value["mine"];
  return (
    isObject(proposal) &&
    Array.isArray(proposal["versions"]) &&
    Array.isArray(value["opens"]) &&
    (value["open"] === null || typeof value["open"] === "string") &&
    (value["report"] === null || isObject(value["report"])) &&
    Array.isArray(value["ballots"]) &&
    isObject(mine) &&
    typeof mine["highestSeq"] === "number" &&
    Array.isArray(value["closes"]) &&
    (value["closePlan"] === null || isObject(value["closePlan"])) &&
    (value["supersedePlan"] === null || isObject(value["supersedePlan"])) &&
    (value["decision"] === null || isObject(value["decision"])) &&
    isObject(value["signers"]) &&
    Array.isArray(value["kept"])
  );
}
