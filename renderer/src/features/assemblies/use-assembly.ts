import type { RecordId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { assemblyQuery, type AssemblyValue } from "./assembly-query.js";
import { useAssembliesWorker } from "./assemblies-worker.js";

/** The live assembly `assembly`, and the last read's failure (a fault, never content). */
export function useAssembly(
  space: MemberSpace,
  organisation: OpenOrganisation | undefined,
  assembly: RecordId,
): { readonly value: AssemblyValue | undefined; readonly problem: string | undefined } {
  const worker = useAssembliesWorker();
  const spec = useMemo(
    () => (organisation === undefined ? undefined : assemblyQuery(worker, space.repo, organisation, assembly)),
    [worker, space, organisation, assembly],
  );
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}
