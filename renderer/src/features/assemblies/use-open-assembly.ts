import type { RecordId } from "@chapterhouse/crdt/records";
import { useOrganisation, organisationPendingState, type MemberSpace, type OpenOrganisation, type OrganisationPendingState, type OrganisationView } from "../organisation/index.js";
import type { AssemblyValue } from "./assembly-query.js";
import { useAssembly } from "./use-assembly.js";

/** An assembly as its screens open it: the organisation, the assembly read, and whether the organisation is still pending, or the read failed. */
export function useOpenAssembly(space: MemberSpace, organisation: string, assembly: string): {
  readonly session: OpenOrganisation | undefined;
  readonly view: OrganisationView | undefined;
  readonly value: AssemblyValue | undefined;
  readonly pending: OrganisationPendingState | undefined;
  readonly problem: string | undefined;
} {
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useAssembly(space, session, assembly as RecordId);
  return { session, view, value, pending: organisationPendingState(view), problem };
}
