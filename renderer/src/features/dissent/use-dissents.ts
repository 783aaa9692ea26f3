/**
 * A chapter's dissents as the decisions log shows them (PROTOCOL.md DS4), read from its Chapter
 * document (the decisions log itself) and the organisation's for the rosters, and the dissents
 * linked to a current from every chapter's log (DS6); read again whenever any of them changes.
 */
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { Pending, type QueryContext, type QuerySpec } from "../../shared/documents/live-query.js";
import { useQuery } from "../../shared/documents/use-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { useDissentWorker, type DissentWorker } from "./dissent-worker.js";
import type { DissentsAnswer, LinkedDissentsAnswer } from "./worker-handlers.js";

/** The organisation's documents held: its Organisation document and every Chapter document held (DS1.4, DS6). */
async function organisationHeld(context: QueryContext, organisation: OpenOrganisation): Promise<{ readonly organisation: DocumentUrl; readonly chapters: DocumentUrl[] }> {
  const scope = organisation.url;
  const view = context.depend(organisation.query).value;
  if (view?.state !== "ready") throw new Pending(scope);
  const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
  const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters]);
  return { organisation: scope, chapters: held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url) };
}

/** The query of `chapter`'s dissents. */
export function dissentsQuery(worker: DissentWorker, organisation: OpenOrganisation, chapter: ChapterId): QuerySpec<DissentsAnswer> {
  return {
    key: `dissents ${organisation.url} ${chapter}`,
    read: async (context) => worker.readDissents({ ...(await organisationHeld(context, organisation)), chapter }),
  };
}

/** The query of the dissents linked to `current` (DS6). */
export function linkedDissentsQuery(worker: DissentWorker, organisation: OpenOrganisation, current: RecordId): QuerySpec<LinkedDissentsAnswer> {
  return {
    key: `linked dissents ${organisation.url} ${current}`,
    read: async (context) => worker.linkedDissents({ ...(await organisationHeld(context, organisation)), current }),
  };
}

/** The live dissents of `chapter`, and the last read's failure. */
export function useDissents(organisation: OpenOrganisation | undefined, chapter: ChapterId): { readonly value: DissentsAnswer | undefined; readonly problem: string | undefined } {
  const worker = useDissentWorker();
  const spec = useMemo(() => (organisation === undefined ? undefined : dissentsQuery(worker, organisation, chapter)), [worker, organisation, chapter]);
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}

/** The live dissents linked to `current` (DS6), and the last read's failure. */
export function useLinkedDissents(organisation: OpenOrganisation, current: RecordId): { readonly value: LinkedDissentsAnswer | undefined; readonly problem: string | undefined } {
  const worker = useDissentWorker();
  const spec = useMemo(() => linkedDissentsQuery(worker, organisation, current), [worker, organisation, current]);
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}
