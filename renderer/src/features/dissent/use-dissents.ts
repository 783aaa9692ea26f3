/**
 * A chapter's dissents as the decisions log shows them (PROTOCOL.md DS4), read from its Chapter
 * document (the decisions log itself) and the organisation's for the rosters; read again whenever
 * any of them changes.
 */
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import { useQuery } from "../../shared/documents/use-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { useDissentWorker, type DissentWorker } from "./dissent-worker.js";
import type { DissentsAnswer } from "./worker-handlers.js";

/** The query of `chapter`'s dissents. */
export function dissentsQuery(worker: DissentWorker, organisation: OpenOrganisation, chapter: ChapterId): QuerySpec<DissentsAnswer> {
  const scope = organisation.url;
  return {
    key: `dissents ${scope} ${chapter}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
      return worker.readDissents({ organisation: scope, chapters: held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url), chapter });
    },
  };
}

/** The live dissents of `chapter`, and the last read's failure. */
export function useDissents(organisation: OpenOrganisation | undefined, chapter: ChapterId): { readonly value: DissentsAnswer | undefined; readonly problem: string | undefined } {
  const worker = useDissentWorker();
  const spec = useMemo(() => (organisation === undefined ? undefined : dissentsQuery(worker, organisation, chapter)), [worker, organisation, chapter]);
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}
