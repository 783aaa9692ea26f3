/**
 * The paper results and minutes records of one Assembly document judged (PROTOCOL.md AS9, AS10):
 * each record's verdict and the valid ones with their bodies. Each record is judged alone first
 * (AS3.1–AS3.3), then against what it depends on: a result against the valid agenda items, a
 * teller's count against the valid results that name the teller, a note or signature against the
 * chairs and the secretary as it stands (AS10.1). Never throws on content.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseMinutesBody, type MinutesRecordBody, type SecretaryBody } from "./minutes-bodies.js";
import type { MinutesKind } from "./minutes-kinds.js";
import { parsePaperResultBody, type PaperResultBody, type PaperResultRecordBody } from "./paper-result-bodies.js";
import type { Convening } from "./judge-convening.js";

/** A body of AS9 or AS10. */
export type MinutesKindBody = PaperResultRecordBody | MinutesRecordBody;

/** A valid paper result or minutes record, with its body. */
export interface MinutesRecord<B extends MinutesKindBody = MinutesKindBody> {
  readonly record: ParsedRecord;
  readonly body: B;
}

/** The verdicts of the AS9 and AS10 records and the valid ones, in the order given. */
export interface MinutesJudgement {
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  readonly valid: readonly MinutesRecord[];
  /** The secretary as it stands (AS10.1), or null. */
  readonly secretary: MemberKey | null;
}

/** The kinds this file judges. */
export const MINUTES_KINDS: ReadonlySet<string> = new Set<MinutesKind>(["paper-result", "teller-sign", "secretary", "minutes-note", "minutes-sign"]);

const RULE: Readonly<Record<MinutesKind, string>> = Object.freeze({ "paper-result": "AS9.1", "teller-sign": "AS9.2", secretary: "AS10.1", "minutes-note": "AS10.2", "minutes-sign": "AS10.3" });

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Later claimed time first, then the larger id (AS10.1). */
const latest = (a: ParsedRecord, b: ParsedRecord): number => b.envelope.at - a.envelope.at || byText(b.id, a.id);

function parse(kind: MinutesKind, raw: Parameters<typeof parseMinutesBody>[1]) {
  return kind === "paper-result" || kind === "teller-sign" ? parsePaperResultBody(kind, raw) : parseMinutesBody(kind, raw);
}

/** AS3.1–AS3.3 for one record. */
function judgeAlone(record: ParsedRecord, assembly: RecordId, convening: Convening | undefined, rosters: CausalRosters): MinutesRecord | Verdict {
  const { kind, body: raw, deps } = record.envelope;
  const named = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as { assembly?: unknown }).assembly : undefined;
  if (typeof named !== "string") return verdict("malformed", "AS3.1", "the body names no assembly");
  if (named !== assembly) return verdict("wrong-context", "AS3.1", `a record of assembly ${named}, not of ${assembly}`);
  if (!deps.includes(assembly)) return verdict("malformed", "AS3.1", `deps do not cite the assembly ${assembly}`);
  if (convening === undefined) return verdict("wrong-context", "AS3.1", `no valid assembly ${assembly}`);
  const parsed = parse(kind as MinutesKind, raw);
  if (!parsed.ok) return verdict("malformed", "AS3.2", parsed.problem);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "AS3.3", past);
  return { record, body: parsed.body };
}

/** What judges a record against the others: the chapter's roster in its causal past, the chairs, the secretary, the items and results. */
interface Context {
  readonly convening: Convening;
  readonly rosters: CausalRosters;
  readonly secretary: MemberKey | null;
  readonly items: ReadonlySet<RecordId>;
  readonly results: ReadonlyMap<RecordId, PaperResultBody>;
}

/** True when `key` has a live grant in the chapter or below cited in `record`'s deps (M3.3). */
function member(context: Context, record: ParsedRecord, key: MemberKey): boolean {
  const { deps } = record.envelope;
  return context.rosters.rosterAt(deps).authority.citedGrant(context.convening.chapter, key, deps) !== undefined;
}

/** AS9.1, AS9.2, AS10.1–AS10.3 against the others. */
function problemOf({ record, body }: MinutesRecord, context: Context): Verdict | undefined {
  const { signer, deps } = record.envelope;
  const rule = RULE[body.kind];
  const chair = context.convening.chairs.includes(signer) && member(context, record, signer);
  switch (body.kind) {
    case "paper-result":
      if (!deps.includes(body.item)) return verdict("malformed", rule, `deps do not cite the item ${body.item}`);
      if (!context.items.has(body.item)) return verdict("wrong-context", rule, `no valid agenda item ${body.item} in this assembly`);
      return chair ? undefined : verdict("ineligible-signer", "AS3.4", "only a chair of the assembly may sign this");
    case "secretary":
      if (!chair) return verdict("ineligible-signer", "AS3.4", "only a chair of the assembly may sign this");
      return member(context, record, body.member) ? undefined : verdict("ineligible-signer", rule, `deps cite no live membership of ${body.member} in chapter ${context.convening.chapter} or a chapter below it`);
    case "teller-sign": {
      if (!deps.includes(body.result)) return verdict("malformed", rule, `deps do not cite the result ${body.result}`);
      const result = context.results.get(body.result);
      if (result === undefined) return verdict("wrong-context", rule, `no valid paper result ${body.result} in this assembly`);
      if (!result.tellers.includes(signer)) return verdict("ineligible-signer", rule, "the signer is not one of the result's tellers");
      return member(context, record, signer) ? undefined : verdict("ineligible-signer", rule, `deps cite no live membership of the teller in chapter ${context.convening.chapter} or a chapter below it`);
    }
    case "minutes-note":
    case "minutes-sign":
      if (body.as === "chair") return chair ? undefined : verdict("ineligible-signer", rule, "signed as the chair by someone who is no chair of the assembly");
      if (signer !== context.secretary) return verdict("ineligible-signer", rule, "signed as the secretary by someone who is not the assembly's secretary");
      return member(context, record, signer) ? undefined : verdict("ineligible-signer", rule, `deps cite no live membership of the secretary in chapter ${context.convening.chapter} or a chapter below it`);
  }
}

/**
 * Judges the AS9 and AS10 records among `records` (other kinds are left out) of the Assembly
 * document of `assembly` (its convening record `convening`, undefined when not valid); `items`
 * are the ids of its valid new agenda items (`judgeAssembly`).
 */
export function judgeMinutes(assembly: RecordId, convening: Convening | undefined, records: readonly ParsedRecord[], rosters: CausalRosters, items: ReadonlySet<RecordId>): MinutesJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const alone: MinutesRecord[] = [];
  for (const record of records) {
    if (!MINUTES_KINDS.has(record.envelope.kind)) continue;
    const judged = judgeAlone(record, assembly, convening, rosters);
    if ("status" in judged) verdicts.set(record.id, judged);
    else alone.push(judged);
  }
  if (convening === undefined) return { verdicts, valid: [], secretary: null };
  const valid: MinutesRecord[] = [];
  const settle = (entries: readonly MinutesRecord[], context: Context): void => {
    for (const entry of entries) {
      const problem = problemOf(entry, context);
      verdicts.set(entry.record.id, problem ?? VALID);
      if (problem === undefined) valid.push(entry);
    }
  };
  // Secretaries and results first: the notes, signatures and tellers' counts are judged against them.
  const base: Context = { convening, rosters, secretary: null, items, results: new Map() };
  const first = alone.filter(({ body }) => body.kind === "secretary" || body.kind === "paper-result");
  settle(first, base);
  const secretaries = valid.filter((entry): entry is MinutesRecord<SecretaryBody> => entry.body.kind === "secretary").sort((a, b) => latest(a.record, b.record));
  const results = new Map(valid.flatMap(({ record, body }) => (body.kind === "paper-result" ? [[record.id, body] as const] : [])));
  const secretary = secretaries[0]?.body.member ?? null;
  settle(alone.filter((entry) => !first.includes(entry)), { ...base, secretary, results });
  return { verdicts, valid, secretary };
}
