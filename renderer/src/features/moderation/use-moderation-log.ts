/**
 * A chapter's moderation log as its screen shows it (PROTOCOL.md MOD3): the organisation's
 * documents, the log's (MOD1) and, for the root, the Currents document (CU6), read again whenever
 * any of them changes.
 */
import type { Repo } from "@automerge/automerge-repo";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import { useQuery } from "../../shared/documents/use-query.js";
import { followModerationLog } from "../chat/index.js";
import { currentsRequest, rootOf } from "../currents/index.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { useModerationWorker, type ModerationWorker } from "./moderation-worker.js";
import type { LogAnswer } from "./worker-handlers.js";

/** The query of `chapter`'s moderation log: no entries while the log is not held. */
export function moderationLogQuery(worker: ModerationWorker, repo: Repo, organisation: OpenOrganisation, chapter: ChapterId): QuerySpec<LogAnswer> {
  const scope = organisation.url;
  return {
    key: `moderation ${scope} ${chapter}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const currents = rootOf(view.roster) === chapter ? [currentsRequest(repo, chapter, scope)] : [];
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters, ...currents]);
      const log = await followModerationLog(context, repo, chapter, scope);
      if (log === undefined) return { key: `moderation ${chapter} none`, entries: [] };
      const ready = held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url);
      const isCurrents = (url: string) => currents.some((request) => request.url === url);
      return worker.readModerationLog({ organisation: scope, chapters: ready.filter((url) => !isCurrents(url)), chapter, log, currents: ready.filter(isCurrents) });
    },
  };
}

/** The live moderation log of `chapter`, and the last read's failure. */
export function useModerationLog(repo: Repo, organisation: OpenOrganisation | undefined, chapter: ChapterId): { readonly value: LogAnswer | undefined; readonly problem: string | undefined } {
  const worker = useModerationWorker();
  const spec = useMemo(() => (organisation === undefined ? undefined : moderationLogQuery(worker, repo, organisation, chapter)), [worker, repo, organisation, chapter]);
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}
