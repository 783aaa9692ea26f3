/**
 * A chapter's proposals (and maybe one proposal) open on a screen: the live query, as the proposal
 * screens and actions use it, and one side effect: when the proposal page finds a stage further
 * than the chapter's index notes, and the member belongs to the chapter, it notes it there (a
 * signed `proposal-stage` hint, P8) so the chapter page shows it without opening the proposal.
 */
import type { DocHandle } from "@automerge/automerge-repo";
import type { ProposalDoc } from "@chapterhouse/crdt/documents";
import { memberGrant } from "@chapterhouse/crdt/membership";
import { stageHintDraft, stageRank } from "@chapterhouse/crdt/proposals";
import type { ChapterId, ProposalId } from "@chapterhouse/crdt/records";
import type { Observable } from "../../shared/data/observable-value.js";
import type { LiveQuery } from "../../shared/documents/live-query.js";
import { queryView } from "../../shared/documents/query-view.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { proposalsQuery, type ProposalsValue, type ProposalsWorker } from "./proposals-query.js";

/** What the proposal screens show. */
export interface ProposalsView extends ProposalsValue {
  /** Increases with every read; 0 before the first. */
  readonly revision: number;
}

/** The proposals of a chapter, maybe one proposal, open on a screen. */
export interface OpenProposal {
  readonly chapter: ChapterId;
  readonly proposalId: ProposalId | null;
  readonly organisation: OpenOrganisation;
  readonly query: LiveQuery<ProposalsValue>;
  /** What the screens show, observable. */
  readonly view: Observable<ProposalsView>;
  /** The Proposal document's handle once held here (the draft editor works on it), observable. */
  readonly handle: Observable<DocHandle<ProposalDoc> | undefined>;
  /** Reads now (after pending changes); resolves with the new view. */
  refresh(): Promise<ProposalsView>;
  /** Resolves with the first view satisfying `predicate`; rejects with an Error saying `what` after `timeoutMs`. */
  until(predicate: (view: ProposalsView) => boolean, what: string, timeoutMs: number): Promise<ProposalsView>;
}

const NONE: ProposalsView = { index: [], proposal: null, document: "loading", url: undefined, revision: 0 };

/** Opens the proposals of `chapter` (and `proposal`, unless null) until `close` is called. */
export function openProposal(
  space: MemberSpace,
  worker: ProposalsWorker,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  proposal: ProposalId | null,
  onError: (error: unknown) => void,
): { readonly proposals: OpenProposal; readonly close: () => void } {
  const query = space.documents.query(proposalsQuery(worker, organisation, chapter, proposal));
  const before: ProposalsView = { ...NONE, document: proposal === null ? "none" : "loading" };
  const view = queryView(query, (state): ProposalsView => (state.value === undefined ? before : { ...state.value, revision: state.revision }));
  const handle = {
    get: () => {
      const url = view.get().url;
      return (url === undefined ? undefined : space.documents.handle(url)) as DocHandle<ProposalDoc> | undefined;
    },
    subscribe: query.subscribe,
  };
  const noted = new Set<string>();
  const noteStage = (): void => {
    const judged = view.get().proposal;
    const entry = view.get().index.find((e) => e.id === proposal);
    if (proposal === null || judged?.found !== true || entry === undefined) return;
    const stage = judged.detail.stage;
    const key = `${proposal} ${stage}`;
    if (stageRank(stage) <= stageRank(entry.stage) || noted.has(key)) return;
    const roster = organisation.view.get().roster;
    const grant = memberGrant(roster, chapter, space.member.key);
    const document = roster.chapters.get(chapter)?.document;
    if (grant === undefined || document === undefined) return;
    noted.add(key);
    space
      .signDraft(stageHintDraft(proposal, stage, [grant]))
      .then((hint) => space.documents.write(document, "proposals", [hint]))
      .catch((error: unknown) => {
        noted.delete(key);
        onError(error);
      });
  };
  const unsubscribe = view.subscribe(noteStage);
  return {
    proposals: {
      chapter,
      proposalId: proposal,
      organisation,
      query,
      view,
      handle,
      async refresh() {
        await query.refresh();
        return view.get();
      },
      async until(predicate, what, timeoutMs) {
        await query.until(() => predicate(view.get()), what, timeoutMs);
        return view.get();
      },
    },
    close: unsubscribe,
  };
}
