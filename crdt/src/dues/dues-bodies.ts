/**
 * The bodies of the dues kinds (PROTOCOL.md DU2, DU3) and their one validator: exactly the members
 * each lists, amounts integers of minor units (DU1). None throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { firstProblem, idProblem, intProblem, membersProblem, nullableIdProblem, oneOfProblem, textProblem, type BodyObject } from "../proposals/field-checks.js";
import { CURRENCY, MAX_AMOUNT } from "./money.js";

/** How often dues fall due (DU2.1). */
export const PERIODS = ["month", "quarter", "year"] as const;
export type DuesPeriod = (typeof PERIODS)[number];

/** The kinds of ledger entry (DU3.1). */
export const LEDGER_ENTRIES = ["payment", "disbursement", "passed-up", "from-below"] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRIES)[number];

/** A whole share, in parts (DU2.1): 10,000 parts are 100 %. */
export const WHOLE_SHARE = 10_000;
/** At most this many amounts on the sliding scale, and chapters above that take a share (DU2.1). */
export const MAX_SCALE = 12;
export const MAX_PASS_UP = 8;
/** The longest note or payee (DU3.1), in UTF-16 code units. */
export const MAX_NOTE_LENGTH = 200;

/** A share of each payment passed up to a chapter above (DU2.1). */
export interface PassUp {
  readonly chapter: ChapterId;
  readonly parts: number;
}

/** `dues-setting` (DU2): the dues a chapter set by `decision`. */
export interface DuesSettingBody {
  readonly kind: "dues-setting";
  readonly chapter: ChapterId;
  readonly decision: RecordId;
  readonly currency: string;
  readonly period: DuesPeriod;
  /** The suggested amount per period, one of `scale`. */
  readonly amount: number;
  /** The amounts a member chooses from themselves, ascending. */
  readonly scale: readonly number[];
  /** The chapters above that take a share, sorted by chapter; the chapter keeps the rest. */
  readonly passUp: readonly PassUp[];
}

interface LedgerCommon {
  readonly kind: "ledger-entry";
  readonly chapter: ChapterId;
  readonly amount: number;
  readonly currency: string;
  /** The entry this one corrects (DU3.3), or null. */
  readonly corrects: RecordId | null;
  readonly note: string;
}

/** A member's dues received, paying up to `until` (a date, YYYY-MM-DD). */
export interface PaymentBody extends LedgerCommon {
  readonly entry: "payment";
  readonly member: MemberKey;
  readonly until: string;
}
/** Money paid out, as `decision` approved. */
export interface DisbursementBody extends LedgerCommon {
  readonly entry: "disbursement";
  readonly decision: RecordId;
  readonly payee: string;
}
/** Money sent to the chapter `to` above. */
export interface PassedUpBody extends LedgerCommon {
  readonly entry: "passed-up";
  readonly to: ChapterId;
}
/** Money received from the chapter `from` below. */
export interface FromBelowBody extends LedgerCommon {
  readonly entry: "from-below";
  readonly from: ChapterId;
}
/** `ledger-entry` (DU3). */
export type LedgerEntryBody = PaymentBody | DisbursementBody | PassedUpBody | FromBelowBody;

export type DuesBody = DuesSettingBody | LedgerEntryBody;
export type DuesKind = DuesBody["kind"];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a date of the calendar written YYYY-MM-DD (DU3.1: a payment's `until`). Never throws. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Problem if `value` is not a real calendar date written YYYY-MM-DD. */
function dateProblem(name: string, value: CanonicalValue | undefined): string | undefined {
  if (typeof value !== "string" || !DATE.test(value)) return `${name} is not a date written YYYY-MM-DD`;
  return isCalendarDate(value) ? undefined : `${name} is not a date of the calendar`;
}

function currencyProblem(value: CanonicalValue | undefined): string | undefined {
  return typeof value === "string" && CURRENCY.test(value) ? undefined : "currency is not three capital letters (ISO 4217)";
}

/** DU2.1's list checks: the scale ascending without repeats, holding the amount; pass-up shares by chapter, at most a whole. */
function settingListsProblem(body: BodyObject): string | undefined {
  const scale = body["scale"];
  if (!Array.isArray(scale) || scale.length < 1 || scale.length > MAX_SCALE) return `scale must hold 1 to ${MAX_SCALE} amounts`;
  for (const [i, step] of (scale as readonly CanonicalValue[]).entries()) {
    const bad = intProblem(`scale[${i}]`, step, 1, MAX_AMOUNT);
    if (bad !== undefined) return bad;
    if (i > 0 && !((scale[i - 1] as number) < (step as number))) return "scale is not ascending without repeats";
  }
  if (!(scale as readonly CanonicalValue[]).includes(body["amount"] ?? null)) return "amount is not one of scale";
  const passUp = body["passUp"];
  if (!Array.isArray(passUp) || passUp.length > MAX_PASS_UP) return `passUp must hold 0 to ${MAX_PASS_UP} shares`;
  let total = 0;
  for (const [i, share] of (passUp as readonly CanonicalValue[]).entries()) {
    const bad = membersProblem(share, ["chapter", "parts"]);
    if (bad !== undefined) return `passUp[${i}]: ${bad}`;
    const { chapter, parts } = share as BodyObject;
    const field = idProblem(`passUp[${i}].chapter`, chapter) ?? intProblem(`passUp[${i}].parts`, parts, 1, WHOLE_SHARE);
    if (field !== undefined) return field;
    if (i > 0 && !(((passUp[i - 1] as BodyObject)["chapter"] as string) < (chapter as string))) return "passUp is not sorted by chapter without repeats";
    total += parts as number;
  }
  return total <= WHOLE_SHARE ? undefined : `passUp shares add up to more than ${WHOLE_SHARE} parts (100 %)`;
}

const LEDGER_MEMBERS: Readonly<Record<LedgerEntryType, readonly string[]>> = {
  payment: ["member", "until"],
  disbursement: ["decision", "payee"],
  "passed-up": ["to"],
  "from-below": ["from"],
};

function ledgerProblem(body: CanonicalValue): string | undefined {
  const entry = (body as BodyObject | null)?.["entry"];
  const type = oneOfProblem("entry", entry, LEDGER_ENTRIES);
  if (type !== undefined) return type;
  const fields = body as BodyObject;
  const own = LEDGER_MEMBERS[entry as LedgerEntryType];
  const shape = membersProblem(body, ["chapter", "entry", "amount", "currency", "corrects", "note", ...own]);
  if (shape !== undefined) return shape;
  // An amount of zero only voids the entry it corrects (DU3.3).
  const least = fields["corrects"] === null ? 1 : 0;
  const common = firstProblem(
    idProblem("chapter", fields["chapter"]),
    intProblem("amount", fields["amount"], least, MAX_AMOUNT),
    currencyProblem(fields["currency"]),
    nullableIdProblem("corrects", fields["corrects"]),
    textProblem("note", fields["note"], 0, MAX_NOTE_LENGTH),
  );
  if (common !== undefined) return common;
  switch (entry as LedgerEntryType) {
    case "payment":
      return firstProblem(idProblem("member", fields["member"]), dateProblem("until", fields["until"]));
    case "disbursement":
      return firstProblem(idProblem("decision", fields["decision"]), textProblem("payee", fields["payee"], 1, MAX_NOTE_LENGTH));
    case "passed-up":
      return idProblem("to", fields["to"]);
    case "from-below":
      return idProblem("from", fields["from"]);
  }
}

function settingProblem(body: CanonicalValue): string | undefined {
  const shape = membersProblem(body, ["chapter", "decision", "currency", "period", "amount", "scale", "passUp"]);
  if (shape !== undefined) return shape;
  const fields = body as BodyObject;
  return firstProblem(
    idProblem("chapter", fields["chapter"]),
    idProblem("decision", fields["decision"]),
    currencyProblem(fields["currency"]),
    oneOfProblem("period", fields["period"], PERIODS),
    intProblem("amount", fields["amount"], 1, MAX_AMOUNT),
    settingListsProblem(fields),
  );
}

/** Parses the body of a dues record (DU2.1, DU3.1): the validator of each kind of dues/kinds.ts. Never throws. */
export function parseDuesBody<K extends DuesKind>(kind: K, body: CanonicalValue): BodyParse<Extract<DuesBody, { readonly kind: K }>> {
  const problem = kind === "dues-setting" ? settingProblem(body) : ledgerProblem(body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as Extract<DuesBody, { readonly kind: K }> };
}
