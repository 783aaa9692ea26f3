/**
 * Where each member's weight goes (PROTOCOL.md DG4, DG6): direct, carried by a voter through a
 * chain, lost with its reason, or absent; with totals by reason and the concentration of carried
 * weight. A pure function of the electorate, the voters and each member's delegation: any order
 * of records gives the same outcome. Integers only; weight is never split. Never throws.
 */
import type { MemberKey } from "../records/ids.js";
import { rational, toFraction } from "../tally/rational.js";
import { compareIds } from "../tally/compare-ids.js";
import type { Fraction } from "../tally/types.js";
import type { WeightedMember } from "../votes/vote-electorate.js";
import type { Delegation } from "./delegation-of.js";

/** Why a member's weight is lost (DG4). */
export const LOST_REASONS = Object.freeze(["cycle", "declined", "not-member", "not-voted", "over-cap", "too-deep"] as const);
/** One reason of LOST_REASONS. */
export type LostReason = (typeof LOST_REASONS)[number];

/** One member's line (DG6). */
export type MemberLine =
  | { readonly member: MemberKey; readonly weight: number; readonly status: "direct" | "absent" }
  | { readonly member: MemberKey; readonly weight: number; readonly status: "carried"; readonly via: readonly MemberKey[] }
  | { readonly member: MemberKey; readonly weight: number; readonly status: "lost"; readonly reason: LostReason };

/** A number of members and their weight. */
export interface Count {
  readonly members: number;
  readonly weight: number;
}

/** Where the electorate's weight went (DG6). */
export interface DelegationOutcome {
  readonly members: readonly MemberLine[];
  readonly totals: { readonly direct: Count; readonly carried: Count; readonly absent: Count; readonly lost: { readonly [R in LostReason]: Count } };
  readonly concentration: {
    readonly carried: number;
    readonly largest: Fraction | null;
    readonly top: readonly { readonly member: MemberKey; readonly carried: number; readonly members: number }[];
  };
  /** Each carried member's terminal voter (DG5). */
  readonly terminals: ReadonlyMap<MemberKey, MemberKey>;
}

/** What DG4 resolves. */
export interface ResolutionInput {
  /** The weighted electorate (V3.3), sorted by member. */
  readonly electorate: readonly WeightedMember[];
  readonly voters: ReadonlySet<MemberKey>;
  /** Each member's delegation (DG3). */
  readonly delegationOf: (member: MemberKey) => Delegation;
  readonly depth: number;
  readonly cap: number | null;
}

/** Where a non-voting member's chain ends (DG4.3): a voter at some hops, or lost. */
type Reach = { readonly terminal: MemberKey; readonly hops: number } | { readonly reason: LostReason };

/** How many carried voters the report names (DG6). */
const TOP = 5;

/** DG4 and DG6. */
export function resolveDelegations(input: ResolutionInput): DelegationOutcome {
  const { electorate, voters, depth, cap } = input;
  const weights = new Map(electorate.map((entry) => [entry.member, entry.weight]));
  const delegations = new Map<MemberKey, Delegation>();
  const delegationOf = (member: MemberKey): Delegation => {
    let known = delegations.get(member);
    if (known === undefined) delegations.set(member, (known = input.delegationOf(member)));
    return known;
  };
  const reaches = new Map<MemberKey, Reach>();

  // DG4.3, for a non-voting member of the electorate with a `to`: walks the chain until it ends,
  // then gives every member walked its own end (one hop more for each step back). A chain that
  // meets a member already walked ends as that member's does.
  const reach = (start: MemberKey): Reach => {
    const walked: MemberKey[] = [];
    const onWalk = new Set<MemberKey>();
    let at = start;
    let end: Reach;
    for (;;) {
      walked.push(at);
      onWalk.add(at);
      const next = (delegationOf(at) as { to: MemberKey }).to;
      if (voters.has(next)) end = { terminal: next, hops: 1 };
      else if (!weights.has(next)) end = { reason: "not-member" };
      else if (onWalk.has(next)) end = { reason: "cycle" };
      else if (reaches.has(next)) end = step(reaches.get(next)!);
      else if (typeof delegationOf(next) === "string") end = { reason: "not-voted" };
      else {
        at = next;
        continue;
      }
      break;
    }
    for (let i = walked.length - 1; i >= 0; i--) {
      reaches.set(walked[i]!, end);
      if (i > 0) end = step(end);
    }
    return reaches.get(start)!;
  };

  // First pass: direct, absent, declined, lost on the way, or a candidate for its terminal.
  const lines = new Map<MemberKey, MemberLine>();
  const candidates = new Map<MemberKey, { member: MemberKey; hops: number; at: number }[]>();
  for (const { member, weight } of electorate) {
    if (voters.has(member)) {
      lines.set(member, { member, weight, status: "direct" });
      continue;
    }
    const delegation = delegationOf(member);
    if (delegation === "none") lines.set(member, { member, weight, status: "absent" });
    else if (delegation === "declined") lines.set(member, { member, weight, status: "lost", reason: "declined" });
    else {
      const end = reaches.get(member) ?? reach(member);
      if ("reason" in end) lines.set(member, { member, weight, status: "lost", reason: end.reason });
      else if (end.hops > depth) lines.set(member, { member, weight, status: "lost", reason: "too-deep" });
      else candidates.set(end.terminal, [...(candidates.get(end.terminal) ?? []), { member, hops: end.hops, at: delegation.record.at }]);
    }
  }

  // DG4.5: each terminal carries its first `cap` candidates by hops, own record's at, key.
  const terminals = new Map<MemberKey, MemberKey>();
  for (const [terminal, list] of candidates) {
    list.sort((a, b) => a.hops - b.hops || a.at - b.at || compareIds(a.member, b.member));
    for (const [i, { member }] of list.entries()) {
      const weight = weights.get(member)!;
      if (cap !== null && i >= cap) {
        lines.set(member, { member, weight, status: "lost", reason: "over-cap" });
        continue;
      }
      terminals.set(member, terminal);
      lines.set(member, { member, weight, status: "carried", via: pathOf(member, terminal, delegationOf) });
    }
  }

  const members = electorate.map((entry) => lines.get(entry.member)!);
  return { members, totals: totalsOf(members), concentration: concentrationOf(terminals, weights), terminals };
}

/** A reach seen from one step further back in the chain. */
function step(end: Reach): Reach {
  return "reason" in end ? end : { terminal: end.terminal, hops: end.hops + 1 };
}

/** DG4.6: the members a carried member's chain passes, its terminal last. */
function pathOf(member: MemberKey, terminal: MemberKey, delegationOf: (member: MemberKey) => Delegation): MemberKey[] {
  const path: MemberKey[] = [];
  for (let at = member; at !== terminal; ) {
    at = (delegationOf(at) as { to: MemberKey }).to;
    path.push(at);
  }
  return path;
}

function totalsOf(members: readonly MemberLine[]): DelegationOutcome["totals"] {
  const zero = (): { members: number; weight: number } => ({ members: 0, weight: 0 });
  const totals = { direct: zero(), carried: zero(), absent: zero(), lost: Object.fromEntries(LOST_REASONS.map((reason) => [reason, zero()])) as Record<LostReason, Count> };
  for (const line of members) {
    const count = (line.status === "lost" ? totals.lost[line.reason] : totals[line.status]) as { members: number; weight: number };
    count.members += 1;
    count.weight += line.weight;
  }
  return totals;
}

function concentrationOf(terminals: ReadonlyMap<MemberKey, MemberKey>, weights: ReadonlyMap<MemberKey, number>): DelegationOutcome["concentration"] {
  const byVoter = new Map<MemberKey, { carried: number; members: number }>();
  let carried = 0;
  for (const [member, terminal] of terminals) {
    const weight = weights.get(member)!;
    const entry = byVoter.get(terminal) ?? { carried: 0, members: 0 };
    byVoter.set(terminal, { carried: entry.carried + weight, members: entry.members + 1 });
    carried += weight;
  }
  const top = [...byVoter]
    .map(([member, entry]) => ({ member, ...entry }))
    .sort((a, b) => b.carried - a.carried || compareIds(a.member, b.member))
    .slice(0, TOP);
  return { carried, largest: top.length === 0 ? null : toFraction(rational(top[0]!.carried, carried)), top };
}
