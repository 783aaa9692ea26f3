/**
 * A proposal's votes open on a screen: the live vote query, as the vote screens and actions (open,
 * cast, close, record, export) use it.
 */
import { assemblyDocumentUrl } from "@chapterhouse/crdt/assemblies";
import { subtreeOf } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import type { ClosePlan } from "@chapterhouse/crdt/report";
import type { DocumentLayer } from "../../shared/documents/document-layer.js";
import type { LiveQuery, QueryState } from "../../shared/documents/live-query.js";
import { viewedQuery, type ViewedQuery } from "../../shared/documents/viewed-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { PlanChoice, ShownVote } from "./shown-vote.js";
import type { VoteValue, VotesWorker } from "./vote-query.js";

/** What the vote screens observe. Replaced whole on every read. */
export interface VotesView {
  /** "loading" until the Proposal document, the boxes and a first read are in. */
  readonly state: "loading" | "ready" | "unavailable";
  readonly reading: ShownVote | undefined;
  /** The last read's failure (a verifier fault, never content), if the last read failed. */
  readonly error: string | undefined;
  /** Increases with every read. */
  readonly revision: number;
}

/** A proposal's votes, as the screens and actions use them. */
export interface OpenVotes extends ViewedQuery<VoteValue, VotesView> {
  readonly proposal: ProposalId;
  readonly proposalUrl: DocumentUrl;
  readonly organisation: OpenOrganisation;
  /** Where records are written. */
  readonly documents: DocumentLayer;
  /** Shows the vote of `open` (null: the proposal's current vote). */
  select(open: RecordId | null): void;
  /** The vote bundle file of `open` (V10) from the documents the reading rests on: the export's text. */
  exportBundle(open: RecordId): Promise<string>;
  /** The whole close plan `which` of the vote shown (V12.3), from the documents the reading rests on; null if there is none. */
  closePlan(which: PlanChoice): Promise<ClosePlan | null>;
  /** The delegation records a new open of the proposal deciding in `vote.chapter` takes (DG1.6), from the Chapter documents the reading rests on. */
  takenDelegations(vote: { readonly chapter: ChapterId; readonly ancestors: readonly ChapterId[]; readonly topic: string | null }): Promise<RecordId[]>;
  /** The payments a new open with good standing takes (DU8.8): those of `chapter` and the chapters below it, from the documents the reading rests on. */
  takenPayments(chapter: ChapterId): Promise<RecordId[]>;
  /** The attendance a new open of the members present at `assembly` takes (AS8.7), from the documents the reading rests on; `now` the device's clock. */
  takenAttendance(assembly: RecordId, now: number): Promise<{ ids: RecordId[]; present: MemberKey[] }>;
  /** Each member's paid-up date over the ledgers of `chapter` and the chapters below it (DU8.8), before a vote with good standing opens. */
  paidUp(chapter: ChapterId): Promise<ReadonlyMap<MemberKey, string>>;
}

/** The screens' view of a vote query's state. */
export function votesViewOf(state: QueryState<VoteValue>): VotesView {
  return {
    state: state.status === "unavailable" ? "unavailable" : state.value === undefined ? "loading" : "ready",
    reading: state.value?.reading,
    error: state.error,
    revision: state.revision,
  };
}

/** The votes of the query `query` (made from `voteQuery`). */
export function openVotes(
  documents: DocumentLayer,
  worker: Pick<VotesWorker, "voteBundle" | "closePlan" | "takenDelegations" | "takenPayments" | "takenAttendance" | "paidUp">,
  subject: {
    readonly organisation: OpenOrganisation;
    readonly proposal: ProposalId;
    readonly proposalUrl: DocumentUrl;
    readonly open: RecordId | null;
    readonly member: MemberKey | null;
    readonly assembly?: RecordId | null;
  },
  query: LiveQuery<VoteValue>,
  select: (open: RecordId | null) => void,
): OpenVotes {
  return {
    ...subject,
    ...viewedQuery(query, votesViewOf),
    documents,
    select,
    exportBundle(open) {
      return worker.voteBundle({ proposal: subject.proposal, open, documents: [...(query.get().value?.documents ?? [])] });
    },
    closePlan(which) {
      const { proposal, open, member } = subject;
      return worker.closePlan({ proposal, open, member, documents: [...(query.get().value?.documents ?? [])], which });
    },
    async takenDelegations(vote) {
      const view = await subject.organisation.refresh();
      const held = new Set(query.get().value?.documents ?? []);
      const chapters = [...view.roster.chapters.values()].map((chapter) => chapter.document).filter((url) => held.has(url));
      return worker.takenDelegations({ chapters, proposal: subject.proposal, ...vote, ancestors: [...vote.ancestors] });
    },
    async takenPayments(chapter) {
      const view = await subject.organisation.refresh();
      const held = new Set(query.get().value?.documents ?? []);
      const chapters = subtreeOf(view.roster, chapter).flatMap((id) => view.roster.chapters.get(id)?.document ?? []).filter((url) => held.has(url));
      return worker.takenPayments({ chapters });
    },
    async takenAttendance(assembly, now) {
      const view = await subject.organisation.refresh();
      const held = new Set(query.get().value?.documents ?? []);
      const chapters = [...view.roster.chapters.values()].map((chapter) => chapter.document).filter((url) => held.has(url));
      const document = assemblyDocumentUrl(assembly);
      return worker.takenAttendance({ organisation: subject.organisation.url, chapters, assembly, document: held.has(document) ? document : null, now });
    },
    async paidUp(chapter) {
      const view = await subject.organisation.refresh();
      const held = new Set(query.get().value?.documents ?? []);
      // Every held Chapter document: the ledgers, and the grants and roles they are judged by (DU4).
      const chapters = [...view.roster.chapters.values()].map((entry) => entry.document).filter((url) => held.has(url));
      return worker.paidUp({ organisation: subject.organisation.url, chapters, chapter });
    },
  };
}
