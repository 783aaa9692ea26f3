/**
 * A chapter's open votes for its home page, each with whether the member voted (the worker's
 * `homeVotes`, read as the home reads it, `readOpenVotes`).
 */
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { readOpenVotes } from "./read-open-votes.js";
import type { HomeVote, voteHandlers } from "./worker-handlers.js";

/** The query of the votes open in `chapter` at `now` (the device clock when the page opened), for `member`. */
export function chapterVotesQuery(
  worker: Pick<Bound<typeof voteHandlers>, "homeVotes">,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  member: MemberKey,
  now: number,
): QuerySpec<readonly HomeVote[]> {
  const scope = organisation.url;
  return {
    key: `chapter votes ${scope} ${chapter} ${member} ${now}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
      const ready = held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url);
      return readOpenVotes(worker, context, { organisation: scope, chapters: ready, of: [chapter], member, now });
    },
  };
}
