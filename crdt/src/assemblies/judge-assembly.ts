/**
 * The records of one Assembly document judged (PROTOCOL.md AS3–AS6): each record's verdict and the
 * valid ones with their bodies, for `assemblyView` (paper results and minutes: judge-minutes.ts). Each record is judged alone (AS3), then edits,
 * requests and speeches against the valid items and requests they name. Never throws on content.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseAssemblyBody, type InAssemblyBody } from "./assembly-bodies.js";
import type { Convening } from "./judge-convening.js";
import { MINUTES_KINDS } from "./judge-minutes.js";

/** A valid record said in the assembly, with its body. */
export interface AssemblyRecord<B extends InAssemblyBody = InAssemblyBody> {
  readonly record: ParsedRecord;
  readonly body: B;
}

/** The verdicts of an Assembly document's records, and the valid ones by id order. */
export interface AssemblyJudgement {
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  readonly valid: readonly AssemblyRecord[];
}

const CHAIRS_ONLY: ReadonlySet<string> = new Set(["agenda-item", "agenda-current", "speakers-order", "speech"]);
const RULE: Readonly<Record<InAssemblyBody["kind"], string>> = Object.freeze({
  "agenda-item": "AS4.1",
  "agenda-current": "AS4.4",
  "check-in": "AS5.1",
  "check-out": "AS5.1",
  speaker: "AS6.1",
  "speakers-order": "AS6.2",
  speech: "AS6.3",
});

/** AS3.1–AS3.5 for one record. */
function judgeAlone(record: ParsedRecord, assembly: RecordId, convening: Convening | undefined, rosters: CausalRosters): AssemblyRecord | Verdict {
  const { kind, body: raw, signer, deps } = record.envelope;
  const named = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as { assembly?: unknown }).assembly : undefined;
  if (typeof named !== "string") return verdict("malformed", "AS3.1", "the body names no assembly");
  if (named !== assembly) return verdict("wrong-context", "AS3.1", `a record of assembly ${named}, not of ${assembly}`);
  if (!deps.includes(assembly)) return verdict("malformed", "AS3.1", `deps do not cite the assembly ${assembly}`);
  if (convening === undefined) return verdict("wrong-context", "AS3.1", `no valid assembly ${assembly}`);
  const parsed = parseAssemblyBody(kind as InAssemblyBody["kind"], raw);
  if (!parsed.ok) return verdict("malformed", "AS3.2", parsed.problem);
  const body = parsed.body;
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "AS3.3", past);
  const authority = rosters.rosterAt(deps).authority;
  const chair = convening.chairs.includes(signer) && authority.citedGrant(convening.chapter, signer, deps) !== undefined;
  if (CHAIRS_ONLY.has(kind)) return chair ? { record, body } : verdict("ineligible-signer", "AS3.4", "only a chair of the assembly may sign this");
  const member = (body as { member: MemberKey }).member;
  if (signer !== member && !chair) return verdict("ineligible-signer", "AS3.5", "signed neither by the member nor by a chair");
  if (authority.citedGrant(convening.chapter, member, deps) === undefined)
    return verdict("ineligible-signer", "AS3.5", `deps cite no live membership of ${member} in chapter ${convening.chapter} or a chapter below it`);
  return { record, body };
}

/** What an edit, a request or a speech names must be a valid new item or request of this assembly (AS4.1, AS6.1, AS6.3). */
function namedProblem(judged: AssemblyRecord, items: ReadonlySet<RecordId>, requests: ReadonlySet<RecordId>): Verdict | undefined {
  const { body, record } = judged;
  const rule = RULE[body.kind];
  if (body.kind === "agenda-item" && body.item !== null) {
    if (!record.envelope.deps.includes(body.item)) return verdict("malformed", rule, `deps do not cite the item ${body.item}`);
    if (!items.has(body.item)) return verdict("wrong-context", rule, `no valid agenda item ${body.item} in this assembly`);
  }
  if (body.kind === "speech" && !requests.has(body.request)) return verdict("wrong-context", rule, `no valid request for the floor ${body.request} in this assembly`);
  return undefined;
}

/**
 * Judges the records of the Assembly document of `assembly` (its convening record is
 * `convening`, undefined when not valid), in the roster of each record's causal past (P1.3).
 */
export function judgeAssembly(assembly: RecordId, convening: Convening | undefined, records: readonly ParsedRecord[], rosters: CausalRosters): AssemblyJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const alone: AssemblyRecord[] = [];
  for (const record of records) {
    if (MINUTES_KINDS.has(record.envelope.kind)) continue; // AS9, AS10: judgeMinutes
    if (record.envelope.kind === "assembly") {
      verdicts.set(record.id, record.id === assembly && convening !== undefined ? VALID : verdict("wrong-context", "AS3.1", "not this document's assembly"));
      continue;
    }
    const judged = judgeAlone(record, assembly, convening, rosters);
    if ("status" in judged) verdicts.set(record.id, judged);
    else alone.push(judged);
  }
  const items = new Set(alone.filter(({ body }) => body.kind === "agenda-item" && body.item === null).map(({ record }) => record.id));
  const requests = new Set(alone.filter(({ body }) => body.kind === "speaker").map(({ record }) => record.id));
  const valid: AssemblyRecord[] = [];
  for (const judged of alone) {
    const problem = namedProblem(judged, items, requests);
    verdicts.set(judged.record.id, problem ?? VALID);
    if (problem === undefined) valid.push(judged);
  }
  return { verdicts, valid };
}
