import type { RecordId } from "@chapterhouse/crdt/records";
import { useOrganisation, organisationPendingState, type MemberSpace, type OpenOrganisation, type OrganisationPendingState, type OrganisationView } from "../organisation/index.js";
import { useAssembly, type AssemblyRead } from "./use-assembly.js";

/** An assembly as its screens open it (`read`: `assemblyQuery`, or `minutesQuery` with its minutes): the organisation, the assembly read, and whether the organisation is still pending, or the read failed. */
export function useOpenAssembly<V>(space: MemberSpace, organisation: string, assembly: string, read: AssemblyRead<V>): {
  readonly session: OpenOrganisation | undefined;
  readonly view: OrganisationView | undefined;
  readonly value: V | undefined;
  readonly pending: OrganisationPendingState | undefined;
  readonly problem: string | undefined;
} {
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useAssembly(space, session, assembly as RecordId, read);
  return { session, view, value, pending: organisationPendingState(view), problem };
}
