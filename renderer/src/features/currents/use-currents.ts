import type { RecordId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useDocumentLayer, useQuery } from "../../shared/documents/use-query.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { currentQuery, currentsQuery, type CurrentValue, type CurrentsValue } from "./currents-query.js";
import { useCurrentsWorker } from "./currents-worker.js";

/** The live currents of the organisation (CU7), and the last read's failure. */
export function useCurrents(space: MemberSpace, organisation: OpenOrganisation | undefined): { readonly value: CurrentsValue | undefined; readonly problem: string | undefined } {
  const worker = useCurrentsWorker();
  const spec = useMemo(() => (organisation === undefined ? undefined : currentsQuery(worker, space.repo, organisation)), [worker, space, organisation]);
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}

/** The live current `current` (its discussion's newest pages holding `wanted` posts), the last read's failure, and a read again now. */
export function useCurrent(space: MemberSpace, organisation: OpenOrganisation | undefined, current: RecordId, wanted: number) {
  const worker = useCurrentsWorker();
  const layer = useDocumentLayer();
  const spec = useMemo(() => (organisation === undefined ? undefined : currentQuery(worker, space.repo, organisation, current, wanted)), [worker, space, organisation, current, wanted]);
  const state = useQuery(spec);
  return {
    value: state.value,
    problem: state.error,
    refresh: async (): Promise<CurrentValue | undefined> => {
      if (spec === undefined) return undefined;
      const query = layer.query(spec);
      await query.refresh();
      return query.get().value;
    },
  };
}
