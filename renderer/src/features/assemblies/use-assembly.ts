import type { Repo } from "@automerge/automerge-repo";
import type { RecordId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import type { QuerySpec } from "../../shared/documents/live-query.js";
import { useQuery } from "../../shared/documents/use-query.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import type { AssembliesWorker } from "./assembly-query.js";
import { useAssembliesWorker } from "./assemblies-worker.js";

/** How an assembly is read: `assemblyQuery`, or `minutesQuery` with its minutes. */
export type AssemblyRead<V> = (worker: AssembliesWorker, repo: Repo, organisation: OpenOrganisation, assembly: RecordId) => QuerySpec<V>;

/** The live assembly `assembly` as `read` reads it, and the last read's failure (a fault, never content). */
export function useAssembly<V>(
  space: MemberSpace,
  organisation: OpenOrganisation | undefined,
  assembly: RecordId,
  read: AssemblyRead<V>,
): { readonly value: V | undefined; readonly problem: string | undefined } {
  const worker = useAssembliesWorker();
  const spec = useMemo(
    () => (organisation === undefined ? undefined : read(worker, space.repo, organisation, assembly)),
    [worker, space, organisation, assembly, read],
  );
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}
