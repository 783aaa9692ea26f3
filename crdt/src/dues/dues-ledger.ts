/**
 * What a chapter's judged dues records show (PROTOCOL.md DU5): the current dues, each member's
 * standing, the public ledger, its balance and totals per currency, what was passed up and what
 * each chapter above is owed by the shares. A fold of the valid records, the same on every device:
 * sums are `bigint` minor units, no clock (the caller says what today is). Never throws.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import { WHOLE_SHARE, type DuesSettingBody, type LedgerEntryBody, type LedgerEntryType } from "./dues-bodies.js";
import type { DuesJudged, JudgedEntry, JudgedSetting } from "./judge-dues.js";

/** Totals of one currency (DU5.3). */
export interface CurrencyTotals {
  readonly currency: string;
  /** By kind of entry, counted entries only. */
  readonly totals: Readonly<Record<LedgerEntryType, bigint>>;
  /** Payments and money from below, less disbursements and money passed up. */
  readonly balance: bigint;
}

/** A chapter above and what the shares owe it, beside what was passed up to it (DU5.4). */
export interface ShareOwed {
  readonly chapter: ChapterId;
  readonly parts: number;
  readonly owed: bigint;
  readonly passedUp: bigint;
}

export interface DuesLedger {
  /** The current dues (DU5.1), or null when none is valid. */
  readonly setting: { readonly id: RecordId; readonly body: DuesSettingBody; readonly at: number } | null;
  /** More than one setting is current (made concurrently): the newest shows until a new one cites them all. */
  readonly contested: boolean;
  /** Every entry, newest first by claimed time then id, valid or not; `corrected` names the entry that corrects it. */
  readonly entries: readonly (JudgedEntry & { readonly corrected: RecordId | null })[];
  /** Refused settings, for the "not counted" list. */
  readonly refusedSettings: readonly JudgedSetting[];
  /** Sorted by currency. */
  readonly currencies: readonly CurrencyTotals[];
  /** Each member's paid-up-to date (DU5.2), the latest of their counted payments. */
  readonly standing: ReadonlyMap<MemberKey, string>;
  /** In the current setting's currency, per chapter above in its shares. */
  readonly shares: readonly ShareOwed[];
}

const zero = (): Record<LedgerEntryType, bigint> => ({ payment: 0n, disbursement: 0n, "passed-up": 0n, "from-below": 0n });
const byId = (a: { readonly record: { readonly id: RecordId } }, b: { readonly record: { readonly id: RecordId } }) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);

/** DU5.1: of the valid settings no other valid setting cites, the newest claimed (then the larger id). */
function currentSetting(settings: readonly JudgedSetting[]): Pick<DuesLedger, "setting" | "contested"> {
  const valid = settings.filter((entry) => entry.status === "valid" && entry.body !== null);
  const cited = new Set(valid.flatMap((entry) => entry.record.envelope.deps));
  const heads = valid.filter((entry) => !cited.has(entry.record.id)).sort((a, b) => b.record.envelope.at - a.record.envelope.at || -byId(a, b));
  const head = heads[0];
  return { setting: head === undefined ? null : { id: head.record.id, body: head.body!, at: head.record.envelope.at }, contested: heads.length > 1 };
}

/**
 * DU5.4: a payment's share for a chapter above is floor(amount × parts / 10,000); the chapter
 * keeps the rest, rounding included. Never throws.
 */
export function shareOf(amount: number | bigint, parts: number): bigint {
  return (BigInt(amount) * BigInt(parts)) / BigInt(WHOLE_SHARE);
}

/** The ledger a chapter's judged dues records show (DU5). Never throws. */
export function duesLedger(judged: DuesJudged): DuesLedger {
  const { setting, contested } = currentSetting(judged.settings);
  const corrected = new Map<RecordId, RecordId>();
  for (const entry of judged.entries) if (entry.status === "valid" && entry.body?.corrects != null) corrected.set(entry.body.corrects, entry.record.id);
  const counted = judged.entries.filter((entry): entry is JudgedEntry & { body: LedgerEntryBody } => entry.status === "valid" && entry.body !== null && !corrected.has(entry.record.id));
  const totals = new Map<string, Record<LedgerEntryType, bigint>>();
  const standing = new Map<MemberKey, string>();
  const passed = new Map<ChapterId, bigint>();
  for (const { body } of counted) {
    const sums = totals.get(body.currency) ?? zero();
    sums[body.entry] += BigInt(body.amount);
    totals.set(body.currency, sums);
    if (body.entry === "payment") {
      const until = standing.get(body.member);
      if (until === undefined || body.until > until) standing.set(body.member, body.until);
    }
    if (setting === null || body.currency !== setting.body.currency) continue;
    if (body.entry === "passed-up") passed.set(body.to, (passed.get(body.to) ?? 0n) + BigInt(body.amount));
  }
  // Shares are taken of each payment, not of the sum, so rounding is the same however payments are grouped.
  const shares = (setting?.body.passUp ?? []).map((share) => ({
    chapter: share.chapter,
    parts: share.parts,
    owed: counted.reduce((sum, { body }) => (body.entry === "payment" && body.currency === setting!.body.currency ? sum + shareOf(body.amount, share.parts) : sum), 0n),
    passedUp: passed.get(share.chapter) ?? 0n,
  }));
  const currencies = [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, sums]) => ({ currency, totals: sums, balance: sums.payment + sums["from-below"] - sums.disbursement - sums["passed-up"] }));
  const entries = judged.entries
    .map((entry) => ({ ...entry, corrected: corrected.get(entry.record.id) ?? null }))
    .sort((a, b) => b.record.envelope.at - a.record.envelope.at || byId(a, b));
  return { setting, contested, entries, refusedSettings: judged.settings.filter((entry) => entry.status !== "valid"), currencies, standing, shares };
}
