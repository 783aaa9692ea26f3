/**
 * A proposal as a device shows it (PROTOCOL.md P2–P8): plain data, already judged — the entries of
 * a chapter's proposal index (P8) and one proposal in full (P1–P7), each record with its state,
 * the records refused with the rule that refused them. Structured-cloneable, so it crosses back
 * from a verification worker whole.
 */
import type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import type { AmendmentChange, VersionOption } from "./proposal-bodies.js";
import type { AmendmentState, ProposalStage } from "./proposal-stage.js";

/** One proposal as the chapter's index (its Chapter document) shows it. */
export interface ProposalIndexEntry {
  readonly id: ProposalId;
  readonly title: string;
  readonly author: MemberKey;
  /** Claimed time of the creation record (display only, R6). */
  readonly at: number;
  readonly document: DocumentUrl;
  /**
   * The furthest stage a member of the chapter noted in its index (`proposal-stage`, a signed
   * hint; the proposal page judges the real one); "draft" when none is noted.
   */
  readonly stage: ProposalStage;
}

/** A valid version (P3). */
export interface VersionEntry {
  readonly id: RecordId;
  readonly n: number;
  readonly text: string;
  readonly options: readonly VersionOption[];
  readonly accepts: readonly RecordId[];
  /** P3.2, computed from the record. */
  readonly textHash: string;
  readonly signer: MemberKey;
  readonly at: number;
}

/** A valid comment (P4). */
export interface CommentEntry {
  readonly id: RecordId;
  readonly version: RecordId | null;
  readonly text: string;
  readonly replyTo: RecordId | null;
  readonly signer: MemberKey;
  readonly at: number;
}

/** A valid amendment (P5) and what became of it (P6.2). */
export interface AmendmentEntry {
  readonly id: RecordId;
  readonly version: RecordId;
  readonly change: AmendmentChange;
  readonly reason: string;
  readonly signer: MemberKey;
  readonly at: number;
  readonly state: AmendmentState;
  /** The version that accepted it, when accepted (the smallest n, then id). */
  readonly acceptedIn: RecordId | null;
  /** The rejection, when rejected (the earliest claimed, then smallest id). */
  readonly rejection: {
    readonly id: RecordId;
    readonly reason: string;
    readonly signer: MemberKey;
    readonly at: number;
  } | null;
}

/** A record of the proposal that did not pass, with the rule that refused it. */
export interface RefusedRecord {
  readonly id: RecordId;
  readonly kind: string;
  readonly status: string;
  readonly detail: string;
}

/** The proposal's current vote, as far as the proposal page needs it. */
export interface CurrentVote {
  readonly open: RecordId;
  /** Its ballot boxes' documents (from the open record). */
  readonly boxes: readonly DocumentUrl[];
  /** A signature-valid close naming it is held: the boxes are needed to judge the stage. */
  readonly closeHeld: boolean;
}

/** One proposal judged in full (P1–P7). */
export interface ProposalDetail {
  readonly id: ProposalId;
  readonly document: DocumentUrl;
  readonly chapter: ChapterId;
  readonly title: string;
  readonly author: MemberKey;
  readonly at: number;
  readonly stage: ProposalStage;
  /** By n, then id. */
  readonly versions: readonly VersionEntry[];
  /** By claimed time, then id. */
  readonly comments: readonly CommentEntry[];
  /** By claimed time, then id. */
  readonly amendments: readonly AmendmentEntry[];
  /** By id. */
  readonly refused: readonly RefusedRecord[];
  readonly vote: CurrentVote | null;
}

/** The judged proposal, or why there is none to show. */
export type ProposalJudged =
  | { readonly found: true; readonly detail: ProposalDetail }
  /** No valid creation record for it here (not arrived yet, or refused: `why`). */
  | { readonly found: false; readonly why: string };
