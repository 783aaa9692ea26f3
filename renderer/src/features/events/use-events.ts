import type { ChapterId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { eventsQuery } from "./events-query.js";
import { useEventsWorker } from "./events-worker.js";
import type { EventsAnswer } from "./worker-handlers.js";

/** The live events of `chapter` and the chapters below it (EV4.3), and the last read's failure (a fault, never content). */
export function useEvents(
  organisation: OpenOrganisation | undefined,
  chapter: ChapterId,
): { readonly value: EventsAnswer | undefined; readonly problem: string | undefined } {
  const worker = useEventsWorker();
  const spec = useMemo(
    () => (organisation === undefined ? undefined : eventsQuery(worker, organisation, chapter)),
    [worker, organisation, chapter],
  );
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}
