/**
 * A chapter's proposals and, for the proposal page, one proposal (PROTOCOL.md P): the worker's
 * `readProposals` over the organisation's documents (from the organisation's live query: the
 * roster says which Chapter documents there are), the Proposal document found in the chapter's
 * index, and the ballot boxes of its vote once a close for it is held (P7). Read again whenever any
 * of them changes; a change that leaves every record as it was (a draft edit) gives the same value.
 */
import {
  BALLOT_BOX_DOCUMENT,
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  PROPOSAL_DOCUMENT,
} from "@chapterhouse/crdt/documents";
import type { ProposalIndexEntry, ProposalJudged } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl, ProposalId } from "@chapterhouse/crdt/records";
import type { DocumentState } from "../../shared/documents/followed-document.js";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { proposalHandlers } from "./worker-handlers.js";

/** Where the Proposal document stands on this device ("none": the chapter's index only). */
export type ProposalDocumentState = "none" | DocumentState;

/** What the proposal screens show. */
export interface ProposalsValue {
  /** The chapter's proposals, newest first. */
  readonly index: readonly ProposalIndexEntry[];
  /** The proposal (null for the index only, or before its document is read). */
  readonly proposal: ProposalJudged | null;
  readonly document: ProposalDocumentState;
  /** The Proposal document, once known from the index. */
  readonly url: DocumentUrl | undefined;
}

/** What the proposals' query asks the worker. */
export type ProposalsWorker = Pick<Bound<typeof proposalHandlers>, "readProposals" | "homeProposals" | "newProposals" | "proposalCommentWords">;

/** The query of `chapter`'s proposals and, unless `proposal` is null, that proposal. */
export function proposalsQuery(worker: ProposalsWorker, organisation: OpenOrganisation, chapter: ChapterId, proposal: ProposalId | null): QuerySpec<ProposalsValue> {
  let last: { key: string; value: ProposalsValue } | undefined;
  const scope = organisation.url;
  return {
    key: `proposals ${scope} ${chapter} ${proposal ?? "-"}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
      const base = { organisation: scope, chapters: held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url), chapter };
      const same = (key: string, value: () => ProposalsValue): ProposalsValue => {
        if (last?.key !== key) last = { key, value: value() };
        return last.value;
      };

      // The index alone is asked for only while the proposal's document is not known or not ready:
      // the proposal's own read gives the same index, so a re-read (each document arriving on a
      // first visit) is one worker call, not one more queued behind the vote's verification.
      const list = () => worker.readProposals({ ...base, proposal: null });
      const known = proposal === null ? undefined : last?.value.url;
      const listed = known === undefined ? await list() : undefined;
      const url = proposal === null ? undefined : (known ?? listed!.index.find((entry) => entry.id === proposal)?.document);
      if (proposal === null || url === undefined) {
        return same(listed!.key, () => ({ index: listed!.index, proposal: null, document: proposal === null ? "none" : "loading", url }));
      }
      const [document] = await context.documents([{ url, type: PROPOSAL_DOCUMENT, scope }]);
      if (document!.state !== "ready") {
        const index = listed ?? (await list());
        return same(`${index.key} ${document!.state}`, () => ({ index: index.index, proposal: null, document: document!.state, url }));
      }
      let read = await worker.readProposals({ ...base, proposal: { id: proposal, document: url, boxes: [] } });
      const vote = read.proposal?.found === true ? read.proposal.detail.vote : null;
      if (vote?.closeHeld === true) {
        // Closing and recording are judged by the vote's own verification (P7, V9): it needs the
        // boxes, all of them — judged as each arrived, a first visit judged a 10,000-ballot vote
        // (its whole electorate's fold) again per box. Until then the stage is the one judged without them.
        const boxes = await context.documents(vote.boxes.map((box) => ({ url: box, type: BALLOT_BOX_DOCUMENT, scope })));
        const ready = boxes.filter((entry) => entry.state === "ready").map((entry) => entry.url);
        const arrived = boxes.every((entry) => entry.state !== "loading");
        if (arrived && ready.length > 0) read = await worker.readProposals({ ...base, proposal: { id: proposal, document: url, boxes: ready } });
      }
      const judged = read;
      return same(judged.key, () => ({ index: judged.index, proposal: judged.proposal, document: "ready", url }));
    },
  };
}
