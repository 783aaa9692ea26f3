/**
 * The delegations of a simulated vote (PROTOCOL.md V11.2 `--delegating`): a share of the members
 * delegate, in the deciding chapter's scope, to a member picked at random (so chains, and now and
 * then a cycle, form by themselves); a few of them vote anyway and so override their delegation.
 * Drawn from a random stream of their own, so a simulation without delegation stays byte for byte
 * what it was.
 */
import type { ChapterId, MemberKey } from "../records/ids.js";
import type { ParsedRecord, Signer } from "../records/record.js";
import { signDraft } from "../kinds/record-draft.js";
import { currentDelegations, type DelegateEntry } from "../delegation/current-delegations.js";
import { applicableScopes, delegationOf, type DelegationContext } from "../delegation/delegation-of.js";
import { delegateDraft, delegationSetDrafts } from "../delegation/delegation-records.js";
import { resolveDelegations, type DelegationOutcome } from "../delegation/resolve-delegations.js";
import type { WeightedMember } from "../votes/vote-electorate.js";
import { mapLimit } from "./map-limit.js";
import { SeededRandom } from "./seeded-random.js";

/** Delegation settings of a simulation. */
export interface DelegationPlan {
  /** Percent of members who delegate, 0 … 100. */
  readonly percent: number;
  /** The open's `depth` (DG1.4). */
  readonly depth: number;
  /** The open's `cap` (DG1.4). */
  readonly cap: number | null;
}

/** The signed delegation records of a simulation, and who delegates. */
export interface SimulatedDelegations {
  readonly delegators: ReadonlySet<number>;
  /** Delegators who vote all the same (DG4.1). */
  readonly overriding: ReadonlySet<number>;
  readonly records: readonly ParsedRecord[];
  readonly sets: readonly ParsedRecord[];
}

/** Signs the delegations of `members` (indexes into `signers`) at `at`, each citing `chapter`. */
export async function simulateDelegations(
  plan: DelegationPlan,
  seed: string,
  signers: readonly Signer[],
  facilitator: Signer,
  chapter: ChapterId,
  at: number,
  inFlight: number,
): Promise<SimulatedDelegations> {
  const random = new SeededRandom(`${seed}\ndelegation`);
  const delegators = new Set<number>();
  const overriding = new Set<number>();
  const targets: { i: number; to: number; at: number }[] = [];
  const n = signers.length;
  for (let i = 0; i < n; i++) {
    if (n < 2 || !random.chance(plan.percent, 100)) continue;
    delegators.add(i);
    if (random.chance(1, 20)) overriding.add(i);
    const to = (i + 1 + random.below(n - 1)) % n;
    targets.push({ i, to, at: at + random.below(3_600_000) });
  }
  const records = await mapLimit(targets, inFlight, ({ i, to, at: when }) =>
    signDraft(signers[i]!, delegateDraft({ scope: { chapter, subchapters: false }, to: signers[to]!.publicKey, seq: 1 }), when),
  );
  const drafts = delegationSetDrafts(
    records.map((record) => record.id),
    [chapter],
  );
  const sets = await mapLimit(drafts, inFlight, (draft) => signDraft(facilitator, draft, at + 3_600_000));
  return { delegators, overriding, records, sets };
}

/** DG4 of the simulated delegations, as every device computes it, over the members who voted. */
export function simulatedOutcome(
  delegations: SimulatedDelegations,
  electorate: readonly WeightedMember[],
  voters: ReadonlySet<MemberKey>,
  context: DelegationContext,
  plan: DelegationPlan,
  openAt: number,
): DelegationOutcome {
  const entries: DelegateEntry[] = delegations.records.map((record) => {
    const body = record.envelope.body as { to: MemberKey; scope: DelegateEntry["scope"]; seq: number; expires: number | null };
    return { id: record.id, signer: record.envelope.signer, scope: body.scope, to: body.to, seq: body.seq, expires: body.expires, at: record.envelope.at };
  });
  const members = new Set(electorate.map((entry) => entry.member));
  const standing = currentDelegations(entries, [], (member) => members.has(member), openAt);
  const scopes = applicableScopes(context);
  return resolveDelegations({ electorate, voters, delegationOf: (member) => delegationOf(member, scopes, standing), depth: plan.depth, cap: plan.cap });
}
