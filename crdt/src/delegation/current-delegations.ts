/**
 * Which delegation records stand for a vote (PROTOCOL.md DG2.4–DG2.6): of the records the vote
 * takes, each signer's current record per scope, the expired and the declined ones, with a verdict
 * for every record that is not plainly valid. Pure; never throws.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import { verdict, type Verdict } from "../proposals/record-status.js";
import { compareIds } from "../tally/compare-ids.js";
import { scopeKey, type DelegationScope } from "./delegation-bodies.js";

/** A taken `delegate` record that passed DG2.4's structural checks. */
export interface DelegateEntry {
  readonly id: RecordId;
  readonly signer: MemberKey;
  readonly scope: DelegationScope;
  readonly to: MemberKey | null;
  readonly seq: number;
  readonly expires: number | null;
  /** The record's signed `at`: DG4.5 orders by it. */
  readonly at: number;
}

/** A taken `decline` record that passed DG2.4's structural checks. */
export interface DeclineEntry {
  readonly id: RecordId;
  readonly signer: MemberKey;
  readonly delegation: RecordId;
}

/** The records that stand, and why the others do not. */
export interface CurrentDelegations {
  /** Each signer's current, unexpired record, by scope key (DG2.5). */
  readonly current: ReadonlyMap<MemberKey, ReadonlyMap<string, DelegateEntry>>;
  /** Ids of records a passing decline names (DG2.6). */
  readonly declined: ReadonlySet<RecordId>;
  /** A verdict for each record that is not valid (DG2.4, DG2.5). */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
}

/**
 * DG2.4–DG2.6 over the taken records. `inElectorate` says who may delegate (V3.3); `openAt` is the
 * open's signed `at`, against which records expire.
 */
export function currentDelegations(
  delegates: readonly DelegateEntry[],
  declines: readonly DeclineEntry[],
  inElectorate: (member: MemberKey) => boolean,
  openAt: number,
): CurrentDelegations {
  const verdicts = new Map<RecordId, Verdict>();
  const byId = new Map<RecordId, DelegateEntry>();
  const competing = new Map<MemberKey, Map<string, DelegateEntry[]>>();
  for (const entry of delegates) {
    byId.set(entry.id, entry);
    if (!inElectorate(entry.signer)) {
      verdicts.set(entry.id, verdict("ineligible-signer", "DG2.4", "the delegator is not in the vote's electorate"));
      continue;
    }
    const scopes = competing.get(entry.signer) ?? new Map<string, DelegateEntry[]>();
    competing.set(entry.signer, scopes);
    const key = scopeKey(entry.scope);
    scopes.set(key, [...(scopes.get(key) ?? []), entry]);
  }

  const current = new Map<MemberKey, Map<string, DelegateEntry>>();
  for (const [signer, scopes] of competing) {
    for (const [key, entries] of scopes) {
      const top = Math.max(...entries.map((entry) => entry.seq));
      const highest = entries.filter((entry) => entry.seq === top).sort((a, b) => compareIds(a.id, b.id));
      for (const entry of entries) {
        if (entry.seq < top) verdicts.set(entry.id, verdict("superseded-seq", "DG2.5", `replaced by seq ${top}`));
      }
      if (highest.length > 1) {
        for (const entry of highest) verdicts.set(entry.id, verdict("conflicting-seq", "DG2.5", `${highest.length} records share seq ${top}; ${highest[0]!.id} counts`));
      }
      const chosen = highest[0]!;
      if (chosen.expires !== null && chosen.expires <= openAt) {
        verdicts.set(chosen.id, verdict("expired", "DG2.5", `expired at ${chosen.expires}, not after the open's at ${openAt}`));
        continue;
      }
      const mine = current.get(signer) ?? new Map<string, DelegateEntry>();
      current.set(signer, mine);
      mine.set(key, chosen);
    }
  }

  const declined = new Set<RecordId>();
  for (const decline of declines) {
    const target = byId.get(decline.delegation);
    if (target === undefined) verdicts.set(decline.id, verdict("wrong-context", "DG2.4", `${decline.delegation} is not a delegation the vote takes`));
    else if (target.to !== decline.signer) verdicts.set(decline.id, verdict("ineligible-signer", "DG2.4", "only the delegate named may decline"));
    else declined.add(decline.delegation);
  }
  return { current, declined, verdicts };
}
