/**
 * The weight present members carry by delegation (PROTOCOL.md DG7): DG4 with the members present as
 * the voters, for an assembly's quorum (DESIGN §12: proxies held by present members count). Pure;
 * never throws.
 */
import type { MemberKey } from "../records/ids.js";
import { resolveDelegations, type Count, type ResolutionInput } from "./resolve-delegations.js";

/** The present members' own weight and the weight they carry for members not present. */
export interface WeightPresent {
  readonly present: Count;
  readonly carried: Count;
}

/** DG7: the present members of the electorate and whom they carry, as DG4 resolves it with them as the voters. */
export function weightPresent(input: Omit<ResolutionInput, "voters">, present: ReadonlySet<MemberKey>): WeightPresent {
  const { totals } = resolveDelegations({ ...input, voters: present });
  return { present: totals.direct, carried: totals.carried };
}
