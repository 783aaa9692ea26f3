/**
 * The delegation vectors (crdt/vectors/delegation/resolution.json) through the pure core: DG2.4–DG2.6
 * (which records stand), DG3 (each member's delegation) and DG4–DG6 (where the weight goes).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ChapterId, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import { currentDelegations, type DeclineEntry, type DelegateEntry } from "./current-delegations.js";
import type { DelegationScope } from "./delegation-bodies.js";
import { applicableScopes, delegationOf } from "./delegation-of.js";
import { resolveDelegations } from "./resolve-delegations.js";

export interface ResolutionVector {
  readonly name: string;
  readonly rule: string;
  readonly context: { proposal: string; chapter: string; ancestors: string[]; topic: string | null; openAt: number };
  readonly depth: number;
  readonly cap: number | null;
  readonly electorate: { member: string; weight: number }[];
  readonly voters: string[];
  readonly delegates: { id: string; signer: string; scope: DelegationScope; to: string | null; seq: number; expires: number | null; at: number; taken?: boolean }[];
  readonly declines: { id: string; signer: string; delegation: string }[];
  readonly expected: {
    members: { member: string; weight: number; status: string; via?: string[]; reason?: string }[];
    records: Record<string, string>;
    totals?: object;
    concentration?: object;
  };
}

const file = new URL("../../vectors/delegation/resolution.json", import.meta.url);
export const RESOLUTION_VECTORS = (JSON.parse(readFileSync(file, "utf8")) as { vectors: ResolutionVector[] }).vectors;

/** The vector through DG2.4–DG6: each record's status and the outcome. */
function decide(vector: ResolutionVector) {
  const taken = vector.delegates.filter((d) => d.taken !== false);
  const members = new Set(vector.electorate.map((e) => e.member));
  const standing = currentDelegations(
    taken.map((d) => ({ ...d, id: d.id as RecordId, signer: d.signer as MemberKey, to: d.to as MemberKey | null }) satisfies DelegateEntry),
    vector.declines.map((d) => ({ id: d.id as RecordId, signer: d.signer as MemberKey, delegation: d.delegation as RecordId }) satisfies DeclineEntry),
    (member) => members.has(member),
    vector.context.openAt,
  );
  const { proposal, chapter, ancestors, topic } = vector.context;
  const scopes = applicableScopes({ proposal: proposal as ProposalId, chapter: chapter as ChapterId, ancestors: ancestors as ChapterId[], topic });
  const outcome = resolveDelegations({
    electorate: vector.electorate.map((e) => ({ member: e.member as MemberKey, weight: e.weight })),
    voters: new Set(vector.voters as MemberKey[]),
    delegationOf: (member) => delegationOf(member, scopes, standing),
    depth: vector.depth,
    cap: vector.cap,
  });
  const statuses: Record<string, string> = {};
  for (const d of vector.delegates) statuses[d.id] = d.taken === false ? "wrong-context" : (standing.verdicts.get(d.id as RecordId)?.status ?? "valid");
  for (const d of vector.declines) statuses[d.id] = standing.verdicts.get(d.id as RecordId)?.status ?? "valid";
  return { statuses, outcome };
}

describe("delegation vectors", () => {
  it("[DG4] the vector file holds every case the issue lists", () => {
    expect(RESOLUTION_VECTORS.map((v) => v.rule)).toEqual(expect.arrayContaining(["DG4.3", "DG4.1", "DG4.4", "DG4.5", "DG2.5", "DG3", "DG2.1", "DG4.2"]));
    expect(RESOLUTION_VECTORS.length).toBeGreaterThanOrEqual(11);
  });

  for (const vector of RESOLUTION_VECTORS) {
    it(`[${vector.rule}] ${vector.name}`, () => {
      const { statuses, outcome } = decide(vector);
      expect(outcome.members).toEqual(vector.expected.members);
      expect(statuses).toEqual(vector.expected.records);
      if (vector.expected.totals !== undefined) expect(outcome.totals).toEqual(vector.expected.totals);
      if (vector.expected.concentration !== undefined) expect(outcome.concentration).toEqual(vector.expected.concentration);
    });
  }
});
