import type { DuesRead } from "@chapterhouse/crdt/dues";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { duesQuery } from "./dues-query.js";
import { useDuesWorker } from "./dues-worker.js";

/** The live dues of `chapter` (undefined until read), and the last read's failure (a verifier or storage fault, never document content). */
export function useDues(organisation: OpenOrganisation | undefined, chapter: ChapterId): { readonly value: DuesRead | undefined; readonly problem: string | undefined } {
  const worker = useDuesWorker();
  const spec = useMemo(() => (organisation === undefined ? undefined : duesQuery(worker, organisation, chapter)), [worker, organisation, chapter]);
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}
