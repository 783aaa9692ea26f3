/**
 * A proposal's vote as this device verifies it (PROTOCOL.md V9, V12): the worker's `readVote` over
 * the documents the vote rests on — the organisation's (the roster, from the organisation's live
 * query, says which Chapter documents there are), the Proposal document, and the ballot boxes its
 * opens name (`voteBoxes`), each followed and announced to the organisation's relays. The read waits
 * until every one of them has arrived or is known to be unavailable: one verification of the whole
 * vote, not one per box arriving.
 */
import { assemblyDocumentUrl } from "@chapterhouse/crdt/assemblies";
import {
  ASSEMBLY_DOCUMENT,
  BALLOT_BOX_DOCUMENT,
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  PROPOSAL_DOCUMENT,
} from "@chapterhouse/crdt/documents";
import type { DocumentUrl, MemberKey, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import { DocumentUnavailable, Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { ShownVote } from "./shown-vote.js";
import type { voteHandlers } from "./worker-handlers.js";

/** What the vote screens read. */
export interface VoteValue {
  readonly reading: ShownVote;
  /** The documents the reading rests on (what an export bundles). */
  readonly documents: readonly DocumentUrl[];
}

/** What the vote screens ask the worker. */
export type VotesWorker = Pick<Bound<typeof voteHandlers>, "voteBoxes" | "checkArrivedBoxes" | "readVote" | "closePlan" | "voteBundle" | "decisionEntries" | "takenDelegations" | "takenPayments" | "voteAssemblies" | "takenAttendance" | "paidUp">;

/** What a vote query is about. */
export interface VoteSubject {
  readonly organisation: OpenOrganisation;
  readonly proposal: ProposalId;
  readonly proposalUrl: DocumentUrl;
  /** The open to show; null: the one V12.1 chooses. */
  readonly open: RecordId | null;
  /** Whose ballot is "mine". */
  readonly member: MemberKey | null;
  /** The assembly the page was opened from: its document is held so a new open may take its attendance (AS8.7). */
  readonly assembly?: RecordId | null;
}

/** The query of a proposal's vote. */
export function voteQuery(worker: VotesWorker, subject: VoteSubject): QuerySpec<VoteValue> {
  const { organisation, proposal, proposalUrl, open, member } = subject;
  const from = subject.assembly ?? null;
  const scope = organisation.url;
  let last: { key: string; value: VoteValue } | undefined;
  return {
    key: `vote ${proposalUrl} ${proposal} ${open ?? "-"} ${member ?? "-"} ${from ?? "-"}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const [document] = await context.documents([{ url: proposalUrl, type: PROPOSAL_DOCUMENT, scope }], { wait: true });
      if (document!.state === "unavailable") throw new DocumentUnavailable(proposalUrl);
      const chapters = [...view.roster.chapters.values()].map((chapter) => ({ url: chapter.document, type: CHAPTER_DOCUMENT, scope }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters], { wait: true });
      // The boxes the opens name and, AS8.8, the assemblies whose attendance they take (with the
      // one the page was opened from): asked for together, all followed at once.
      const [boxes, assemblies] = await Promise.all([worker.voteBoxes({ proposal: proposalUrl }), worker.voteAssemblies({ proposal: proposalUrl })]);
      const named = new Set([...assemblies, ...(from === null ? [] : [assemblyDocumentUrl(from)])]);
      const standing = await context.documents([
        ...boxes.map((url) => ({ url, type: BALLOT_BOX_DOCUMENT, scope })),
        ...[...named].sort().map((url) => ({ url, type: ASSEMBLY_DOCUMENT, scope })),
      ]);
      const loading = standing.find((entry) => entry.state === "loading");
      if (loading !== undefined) {
        // The boxes in so far are checked while the others arrive: one reading once all are in,
        // which skips the signatures checked here (S8).
        await worker.checkArrivedBoxes(standing.filter((entry) => entry.state === "ready" && boxes.includes(entry.url)).map((entry) => entry.url));
        throw new Pending(loading.url);
      }
      const documents = [document!, ...held, ...standing].filter((entry) => entry.state === "ready").map((entry) => entry.url);
      const { key, reading } = await worker.readVote({ proposal, open, member, documents });
      if (last?.key !== key) last = { key, value: { reading, documents } };
      return last.value;
    },
  };
}
