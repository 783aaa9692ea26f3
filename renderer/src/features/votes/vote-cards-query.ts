/**
 * The votes a message links to (PROTOCOL.md CH4.4), as their cards show them — the proposal's title
 * and whether the vote closed — or, asked for none in particular, a chapter's current votes for a
 * message to link. A vote's id alone does not say which proposal holds it: the worker finds it
 * among the proposals the chapter's index shows voted on (P8), whose documents are followed here.
 */
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT, PROPOSAL_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { VoteCard, voteHandlers } from "./worker-handlers.js";

/** What the query asks the worker. */
export type VoteCardsWorker = Pick<Bound<typeof voteHandlers>, "voteCards">;

/** The query of the cards of `opens` in `chapter` (null: its current votes). */
export function voteCardsQuery(worker: VoteCardsWorker, organisation: OpenOrganisation, chapter: ChapterId, opens: readonly RecordId[] | null): QuerySpec<readonly VoteCard[]> {
  const scope = organisation.url;
  return {
    key: `vote cards ${scope} ${chapter} ${opens === null ? "current" : [...opens].sort().join(" ")}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
      const request = { organisation: scope, chapters: held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url), of: [chapter], opens };
      let ready: DocumentUrl[] = [];
      for (;;) {
        const { cards, wanted } = await worker.voteCards({ ...request, held: ready });
        const standing = await context.documents(wanted.map((url) => ({ url, type: PROPOSAL_DOCUMENT, scope })), { wait: true });
        const now = standing.filter((entry) => entry.state === "ready").map((entry) => entry.url);
        if (now.every((url) => ready.includes(url))) return cards;
        ready = now;
      }
    },
  };
}
