/**
 * Which delegation records a new open takes (PROTOCOL.md DG1.5, DG2.1): the `delegate` records a
 * device holds whose scope applies to the vote (DG3), and the `decline` records of those. What the
 * opener lists in its `delegation-set` records; every other device judges them (DG2). Pure; never
 * throws on record content.
 */
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { compareIds } from "../tally/compare-ids.js";
import { parseDelegationBody, scopeKey, type DeclineBody, type DelegateBody } from "./delegation-bodies.js";
import { applicableScopes, type DelegationContext } from "./delegation-of.js";

/** The ids, sorted, of the held records in `records` a vote of `context` takes; records of other kinds or bodies outside DG1 are left out. */
export function takenDelegations(records: Iterable<ParsedRecord>, context: DelegationContext): RecordId[] {
  const scopes = new Set(applicableScopes(context));
  const taken = new Set<RecordId>();
  const declines: { id: RecordId; delegation: RecordId }[] = [];
  for (const record of records) {
    const kind = record.envelope.kind;
    if (kind !== "delegate" && kind !== "decline") continue;
    const parsed = parseDelegationBody(kind, record.envelope.body);
    if (!parsed.ok) continue;
    if (kind === "decline") declines.push({ id: record.id, delegation: (parsed.body as DeclineBody).delegation });
    else if (scopes.has(scopeKey((parsed.body as DelegateBody).scope))) taken.add(record.id);
  }
  for (const decline of declines) if (taken.has(decline.delegation)) taken.add(decline.id);
  return [...taken].sort(compareIds);
}
