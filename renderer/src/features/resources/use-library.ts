import type { ChapterId } from "@chapterhouse/crdt/records";
import type { LibraryRead } from "@chapterhouse/crdt/resources";
import { useMemo } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { libraryQuery } from "./resources-query.js";
import { useResourcesWorker } from "./resources-worker.js";

/** The live library of `chapter` (RS5), and the last read's failure (a fault, never content). */
export function useLibrary(organisation: OpenOrganisation | undefined, chapter: ChapterId): { readonly value: LibraryRead | undefined; readonly problem: string | undefined } {
  const worker = useResourcesWorker();
  const spec = useMemo(() => (organisation === undefined ? undefined : libraryQuery(worker, organisation, chapter)), [worker, organisation, chapter]);
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}
