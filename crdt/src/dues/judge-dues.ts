/**
 * Judging a chapter's dues records (PROTOCOL.md DU4): each `dues-setting` and `ledger-entry` its
 * Chapter document holds, against the roster of the record's causal past (as P1.3) and the
 * decisions the chapter's document holds. A refused record is shown with its reason and left out
 * of every total. Pure; never throws.
 */
import type { ChapterId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { parseDuesBody, type DuesSettingBody, type LedgerEntryBody } from "./dues-bodies.js";

/** The role a decision grants (M9) to keep a chapter's ledger (DU4.3). */
export const TREASURER = "treasurer";

/** A dues record's verdict (DU4). */
export type DuesStatus = "valid" | "malformed" | "missing-deps" | "wrong-chapter" | "not-treasurer" | "no-decision" | "not-member" | "bad-correction";

export interface DuesVerdict {
  readonly status: DuesStatus;
  /** Why, beginning with the rule id in brackets; empty when valid. */
  readonly detail: string;
}

/** A judged dues record with its body (null when malformed). */
export type JudgedSetting = { readonly record: ParsedRecord; readonly body: DuesSettingBody | null } & DuesVerdict;
export type JudgedEntry = { readonly record: ParsedRecord; readonly body: LedgerEntryBody | null } & DuesVerdict;

/** What the chapter's document holds, judged. */
export interface DuesJudged {
  /** Sorted by id. */
  readonly settings: readonly JudgedSetting[];
  readonly entries: readonly JudgedEntry[];
}

const VALID: DuesVerdict = { status: "valid", detail: "" };
const refuse = (status: DuesStatus, rule: string, text: string): DuesVerdict => ({ status, detail: `[${rule}] ${text}` });

/** What judging needs beside the records. */
export interface DuesContext {
  /** The chapter whose Chapter document holds the records. */
  readonly chapter: ChapterId;
  /** Every record this device holds whose signature verified (decisions among them), by id. */
  readonly held: ReadonlyMap<RecordId, ParsedRecord>;
  readonly rosters: CausalRosters;
}

/** DU1.4: every id the body names is in `deps`. */
function namedIds(body: DuesSettingBody | LedgerEntryBody): RecordId[] {
  if (body.kind === "dues-setting") return [body.chapter, body.decision, ...body.passUp.map((share) => share.chapter)];
  const own = body.entry === "disbursement" ? body.decision : body.entry === "passed-up" ? body.to : body.entry === "from-below" ? body.from : null;
  return [body.chapter, ...(body.corrects === null ? [] : [body.corrects]), ...(own === null ? [] : [own])];
}

/** DU4.4: `decision` is a decision record held in this chapter's log, of this chapter. */
function decisionProblem(context: DuesContext, decision: RecordId): DuesVerdict | undefined {
  const record = context.held.get(decision);
  const body = record?.envelope.kind === "decision" ? (record.envelope.body as { chapter?: unknown }) : undefined;
  return body?.chapter === context.chapter ? undefined : refuse("no-decision", "DU4.4", `cites no recorded decision of this chapter (${decision})`);
}

/** The checks every dues record shares (DU4.1–DU4.3), then its own. */
function judgeOne(context: DuesContext, record: ParsedRecord, body: DuesSettingBody | LedgerEntryBody): DuesVerdict {
  const deps = record.envelope.deps;
  const missing = namedIds(body).find((id) => !deps.includes(id));
  if (missing !== undefined) return refuse("malformed", "DU1.4", `names ${missing}, which its deps do not cite`);
  if (body.chapter !== context.chapter) return refuse("wrong-chapter", "DU4.1", `names chapter ${body.chapter}, held in the document of ${context.chapter}`);
  // A decision's own past (its vote) is in its Proposal document, which the chapter's reader need not hold: only what the body names must be held here.
  const absent = namedIds(body).filter((id) => !context.held.has(id));
  if (absent.length > 0) return refuse("missing-deps", "DU4.2", `names records not held: ${absent.join(", ")}`);
  const { fold, authority } = context.rosters.rosterAt(deps);
  const signer = record.envelope.signer;
  const treasurer = fold.roster.chapters.get(context.chapter)?.roles.some((role) => role.role === TREASURER && role.key === signer && deps.includes(role.grant)) ?? false;
  const facilitator = body.kind === "dues-setting" && authority.citedFacilitator(context.chapter, signer, deps) !== undefined;
  if (!treasurer && !facilitator)
    return refuse("not-treasurer", "DU4.3", body.kind === "dues-setting" ? "the signer cites no live treasurer or facilitator role over this chapter in its causal past" : "the signer cites no live treasurer role in this chapter in its causal past");
  const above = (chapter: ChapterId) => chapter !== context.chapter && authority.isWithin(context.chapter, chapter);
  if (body.kind === "dues-setting") {
    const outside = body.passUp.find((share) => !above(share.chapter));
    if (outside !== undefined) return refuse("wrong-chapter", "DU4.6", `passes a share to ${outside.chapter}, which is not above this chapter`);
    return decisionProblem(context, body.decision) ?? VALID;
  }
  switch (body.entry) {
    case "payment":
      return authority.citedGrant(context.chapter, body.member, deps) !== undefined ? VALID : refuse("not-member", "DU4.5", `the entry cites no live membership of ${body.member} in this chapter or below in its causal past`);
    case "disbursement":
      return decisionProblem(context, body.decision) ?? VALID;
    case "passed-up":
      return above(body.to) ? VALID : refuse("wrong-chapter", "DU4.6", `${body.to} is not a chapter above this one`);
    case "from-below":
      return body.from !== context.chapter && authority.isWithin(body.from, context.chapter) ? VALID : refuse("wrong-chapter", "DU4.6", `${body.from} is not a chapter below this one`);
  }
}

/**
 * DU4.7: a correction counts only for a valid entry of this chapter of the same kind and currency,
 * and of several that would, the one with the smallest id. A target is in its correction's deps,
 * so settling targets first (recursively) always ends.
 */
function judgeCorrections(entries: Map<RecordId, JudgedEntry>): void {
  const fits = (entry: JudgedEntry, target: JudgedEntry | undefined) =>
    target?.body != null && target.body.entry === entry.body!.entry && target.body.currency === entry.body!.currency;
  const winners = new Map<RecordId, RecordId>();
  for (const [id, entry] of entries) {
    const target = entry.body?.corrects;
    if (entry.status !== "valid" || target == null || !fits(entry, entries.get(target))) continue;
    const winner = winners.get(target);
    if (winner === undefined || id < winner) winners.set(target, id);
  }
  const settled = new Set<RecordId>();
  const settle = (id: RecordId): void => {
    if (settled.has(id)) return;
    settled.add(id);
    const entry = entries.get(id)!;
    const target = entry.body?.corrects;
    if (entry.status !== "valid" || target == null) return;
    if (entries.has(target)) settle(target);
    const judgedTarget = entries.get(target);
    let problem: string | undefined;
    if (judgedTarget?.body == null) problem = `corrects ${target}, which is not a ledger entry of this chapter`;
    else if (!fits(entry, judgedTarget)) problem = `corrects ${target}, an entry of another kind or currency`;
    else if (judgedTarget.status !== "valid") problem = `corrects ${target}, which is not valid`;
    else if (winners.get(target) !== id) problem = `corrects ${target}, which an entry with a smaller id already corrects`;
    if (problem !== undefined) entries.set(id, { ...entry, status: "bad-correction", detail: `[DU4.7] ${problem}` });
  };
  for (const id of entries.keys()) settle(id);
}

/** Judges the dues records `records` of the chapter's document (DU4). Never throws. */
export function judgeDues(context: DuesContext, records: readonly ParsedRecord[]): DuesJudged {
  const settings: JudgedSetting[] = [];
  const entries = new Map<RecordId, JudgedEntry>();
  for (const record of [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const kind = record.envelope.kind;
    if (kind !== "dues-setting" && kind !== "ledger-entry") continue;
    const parsed = parseDuesBody(kind, record.envelope.body);
    const verdict = parsed.ok ? judgeOne(context, record, parsed.body) : refuse("malformed", "DU1.5", parsed.problem);
    const body = parsed.ok ? parsed.body : null;
    if (kind === "dues-setting") settings.push({ record, body: body as DuesSettingBody | null, ...verdict });
    else entries.set(record.id, { record, body: body as LedgerEntryBody | null, ...verdict });
  }
  judgeCorrections(entries);
  return { settings, entries: [...entries.values()] };
}
