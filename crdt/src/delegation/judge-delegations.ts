/**
 * Judging the delegation records of one vote (PROTOCOL.md DG2) and resolving where each member's
 * weight goes (DG3, DG4) for a given set of voters: what the report (DG6) and every tally of the
 * vote (DG5) read. Never throws on record content.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { Accepted } from "../proposals/judge-proposal.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import type { ParsedRecord } from "../records/record.js";
import type { Roster } from "../membership/roster.js";
import type { OpenBody } from "../votes/vote-bodies.js";
import type { WeightedMember } from "../votes/vote-electorate.js";
import { currentDelegations, type CurrentDelegations, type DeclineEntry, type DelegateEntry } from "./current-delegations.js";
import { delegationNamedIds, parseDelegationBody, type DelegateBody, type DeclineBody, type DelegationSetBody, type OpenDelegations } from "./delegation-bodies.js";
import { applicableScopes, delegationOf } from "./delegation-of.js";
import { resolveDelegations, type DelegationOutcome } from "./resolve-delegations.js";

/** What judging a vote's delegation records needs. */
export interface DelegationJudgeContext {
  readonly rosters: CausalRosters;
  /** The vote's open, when it is valid. */
  readonly open: Accepted<OpenBody> | undefined;
  /** The roster of the open's roster reference (V3.1): the chapter tree DG3 walks up. */
  readonly roster: Roster | undefined;
  /** The open's weighted electorate (V3.3), by member. */
  readonly electorate: readonly WeightedMember[];
}

/** A vote's delegation records judged (DG2), ready to resolve for any set of voters (DG4). */
export interface DelegationJudgement {
  /** A verdict for every `delegate`, `decline` and `delegation-set` record given. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** The open's settings, when the vote has delegation (its open is valid and has `delegations`). */
  readonly settings: OpenDelegations | undefined;
  /** How many ids the open takes (DG2.1). */
  readonly taken: number;
  /** Taken ids no document holds as a delegation record (DG2.2). */
  readonly unconfirmed: number;
  /** DG4 over the signers of a set of ballots; undefined when the vote has no delegation. */
  readonly resolve: (voters: ReadonlySet<MemberKey>) => DelegationOutcome | undefined;
}

/** DG2 over the held records of kinds `delegate`, `decline` and `delegation-set`. */
export function judgeDelegations(records: readonly ParsedRecord[], context: DelegationJudgeContext): DelegationJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const open = context.open;
  const settings = open?.body.delegations;
  if (open === undefined || settings === undefined) {
    const refusal = verdict("wrong-context", "DG2.3", "the vote's open takes no delegation records");
    for (const record of records) verdicts.set(record.id, refusal);
    return { verdicts, settings: undefined, taken: 0, unconfirmed: 0, resolve: () => undefined };
  }

  const byId = new Map(records.map((record) => [record.id, record]));
  const named = new Set<RecordId>(settings.sets);
  const taken = new Set<RecordId>();
  for (const record of records) {
    if (record.envelope.kind !== "delegation-set") continue;
    if (!named.has(record.id)) {
      verdicts.set(record.id, verdict("wrong-context", "DG2.3", "a delegation set the vote's open does not name"));
      continue;
    }
    // The open is valid, so its sets are held in its causal past (V1.3); a set's body is checked here.
    const parsed = parseDelegationBody("delegation-set", record.envelope.body);
    if (!parsed.ok) verdicts.set(record.id, verdict("malformed", "DG1.3", parsed.problem));
    else for (const id of (parsed.body as DelegationSetBody).ids) taken.add(id);
  }

  let unconfirmed = 0;
  for (const id of taken) {
    const kind = byId.get(id)?.envelope.kind;
    if (kind !== "delegate" && kind !== "decline") unconfirmed += 1;
  }

  const weights = new Map(context.electorate.map((entry) => [entry.member, entry.weight]));
  const delegates: DelegateEntry[] = [];
  const declines: DeclineEntry[] = [];
  for (const record of records) {
    const kind = record.envelope.kind;
    if (kind === "delegation-set") continue;
    if (!taken.has(record.id)) {
      verdicts.set(record.id, verdict("wrong-context", "DG2.3", "not among the delegation records the open takes"));
      continue;
    }
    const judged = structural(record, context.rosters);
    if ("status" in judged) {
      verdicts.set(record.id, judged);
      continue;
    }
    const { id, envelope } = record;
    if (judged.kind === "delegate") delegates.push({ id, signer: envelope.signer, scope: judged.scope, to: judged.to, seq: judged.seq, expires: judged.expires, at: envelope.at });
    else declines.push({ id, signer: envelope.signer, delegation: judged.delegation });
  }
  const standing: CurrentDelegations = currentDelegations(delegates, declines, (member) => weights.has(member), open.record.envelope.at);
  for (const entry of [...delegates, ...declines]) verdicts.set(entry.id, standing.verdicts.get(entry.id) ?? VALID);
  for (const record of records) if (!verdicts.has(record.id)) verdicts.set(record.id, VALID);

  const scopes = applicableScopes({ proposal: open.body.proposal, chapter: open.body.chapter, ancestors: ancestorsOf(open.body.chapter, context.roster), topic: settings.topic });
  return {
    verdicts,
    settings,
    taken: taken.size,
    unconfirmed,
    resolve: (voters) =>
      resolveDelegations({ electorate: context.electorate, voters, delegationOf: (member) => delegationOf(member, scopes, standing), depth: settings.depth, cap: settings.cap }),
  };
}

/** DG2.4's first checks: the body, the ids it names in `deps`, the causal past held. */
function structural(record: ParsedRecord, rosters: CausalRosters): Verdict | DelegateBody | DeclineBody {
  const { kind, body: raw, deps } = record.envelope;
  const parsed = parseDelegationBody(kind as "delegate" | "decline", raw);
  if (!parsed.ok) return verdict("malformed", kind === "delegate" ? "DG1.1" : "DG1.2", parsed.problem);
  const unnamed = delegationNamedIds(parsed.body).filter((id) => !deps.includes(id));
  if (unnamed.length > 0) return verdict("malformed", "DG1.1", `the body names ${unnamed.join(", ")} but deps do not`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "V1.3", past);
  return parsed.body as DelegateBody | DeclineBody;
}

/** The chapter's ancestors in the roster, nearest first (DG3 (4)). */
function ancestorsOf(chapter: ChapterId, roster: Roster | undefined): ChapterId[] {
  const out: ChapterId[] = [];
  const seen = new Set<ChapterId>([chapter]);
  for (let at = roster?.chapters.get(chapter)?.parent ?? null; at !== null && !seen.has(at); at = roster?.chapters.get(at)?.parent ?? null) {
    seen.add(at);
    out.push(at);
  }
  return out;
}
