/**
 * What a device shows of a proposal's votes (PROTOCOL.md V12): the input of `readVote` and its
 * answer. Plain data: it crosses `postMessage` whole, record texts travelling as plain strings
 * inside vote-bundle documents (V10.2).
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import type { VersionOption } from "../proposals/proposal-bodies.js";
import type { ProposalStage } from "../proposals/proposal-stage.js";
import type { RecordStatus } from "../proposals/record-status.js";
import type { TallyResult } from "../tally/types.js";
import type { BoxEntry, OpenBody } from "../votes/vote-bodies.js";
import type { BoxTally } from "../votes/vote-records.js";
import type { VoteBundleDocument } from "./vote-bundle.js";
import type { VoteReport } from "./vote-report.js";
import type { ClosePresence } from "../assemblies/attendance-set.js";

/** One read of a proposal's votes. */
export interface VoteReadInput {
  readonly proposal: ProposalId;
  /** The open to read; null for the one V12.1 chooses. */
  readonly open: RecordId | null;
  /** Whose ballot is "mine" (the unlocked member), or null. */
  readonly member: MemberKey | null;
  /**
   * The documents this device holds that a vote of the proposal may rest on: the Organisation
   * document, Chapter documents, the Proposal document and the ballot boxes of its opens. The
   * reader keeps what the vote read needs (`voteBundleFor`).
   */
  readonly documents: readonly VoteBundleDocument[];
}

/** A valid version of the proposal (P3): what a vote can be opened on. */
export interface VersionSummary {
  readonly id: RecordId;
  readonly n: number;
  readonly text: string;
  readonly options: readonly VersionOption[];
  /** P3.2, computed from the record. */
  readonly textHash: string;
}

/** An open of the proposal whose body could be read, with its status (V2.8). */
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
  readonly choice: CanonicalValue;
  readonly at: number;
}

/** A valid close of the vote (V5). */
export interface CloseSummary {
  readonly id: RecordId;
  readonly status: RecordStatus;
  readonly signer: MemberKey;
  readonly at: number;
  readonly supersedes: RecordId | null;
  /** How many ballots it counted. */
  readonly counted: number;
  readonly result: TallyResult;
}

/** A close a facilitator can sign now (V12.3): every box with the ballots it counts, their tally, the close it supersedes. */
export interface ClosePlan {
  readonly boxes: readonly BoxTally[];
  readonly result: TallyResult;
  readonly supersedes: RecordId | null;
  /** Ballots counted in all. */
  readonly counted: number;
  /** Ballots a superseding close adds to the close it supersedes (0 for a first close). */
  readonly adds: number;
  /** The room the close records, for a vote of the members present (AS8.6); absent otherwise. */
  readonly presence?: ClosePresence;
}

/** The weight a member casts by voting, with the members whose delegations they would carry (V12.4). */
export interface CarriedWeight {
  /** The member's own weight (V3.3). */
  readonly own: number;
  /** Own weight plus every carried member's. */
  readonly weight: number;
  /** The members carried, by member: each with their weight and path (DG4.6, the member last). */
  readonly members: readonly { readonly member: MemberKey; readonly weight: number; readonly via: readonly MemberKey[] }[];
}

/** The vote's decision, if a valid one is held (V7). */
export interface DecisionSummary {
  readonly id: RecordId;
  readonly signer: MemberKey;
  readonly at: number;
}

/** Everything a device shows of a proposal's votes (V12). */
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
  /** The open `report` is about (V12.1), or null when the proposal has none. */
  readonly open: RecordId | null;
  /** The verification report of that vote (V9), or null when the proposal has no open. */
  readonly report: VoteReport | null;
  /** Members' current ballots (V4.8) in the vote, by member. */
  readonly ballots: readonly BallotSummary[];
  /** The member's own ballots in the vote (V12.2). */
  readonly mine: {
    readonly current: BallotSummary | null;
    /** The highest `seq` of the member's ballots in the vote, eligible or not: a new ballot goes above it. */
    readonly highestSeq: number;
    /** The box a new ballot of the member goes to (V4.6), in the open's roster reference; null with no member or no valid open. */
    readonly box: BoxEntry | null;
    /** The weight the member would cast by voting now (V12.4); null when the vote has no delegation or the member is not in its electorate. */
    readonly carries: CarriedWeight | null;
  };
  /** The vote's valid closes, by id. */
  readonly closes: readonly CloseSummary[];
  /** The first close to sign, when the open is current and has no close yet (V12.3). */
  readonly closePlan: ClosePlan | null;
  /** A superseding close to sign when the current close missed valid ballots of members it counted none of (V5.7, V5.10, V12.3). */
  readonly supersedePlan: ClosePlan | null;
  /** The vote's valid decision, if held. */
  readonly decision: DecisionSummary | null;
  /** The claimed signer of each record the report lists as a problem or note, when its envelope is readable. */
  readonly signers: { readonly [record: string]: MemberKey };
}
