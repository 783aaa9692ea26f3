import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { BodyFields } from "../kinds/record-draft.js";
import type { LedgerEntryBody } from "./dues-bodies.js";
import { duesLedger } from "./dues-ledger.js";
import { duesSettingDraft, ledgerEntryDraft } from "./dues-records.js";
import { judgeDues } from "./judge-dues.js";
import { formatMinor, parseMoney } from "./money.js";
import { duesScenario, type DuesScenario, type Name } from "./test-helpers/dues-scenario.js";

let s: DuesScenario;
beforeAll(async () => {
  s = await duesScenario();
});

type EntryFields = BodyFields<LedgerEntryBody>;
const common = { currency: "EUR", corrects: null, note: "" } as const;

/** A ledger entry signed by `who`, citing `authority` (a holding) beside what its body names. */
function entry(who: Name, fields: Partial<EntryFields> & Pick<EntryFields, "entry" | "amount">, offset: number, authority: readonly RecordId[] = [s.treasurer]): Promise<ParsedRecord> {
  const body = { chapter: s.north, ...common, ...fields } as EntryFields;
  // A payment cites the member's membership (DU4.5).
  const member = body.entry === "payment" ? Object.entries(s.grants).find(([name]) => s.key(name as Name) === body.member)?.[1] : undefined;
  return s.sign(who, ledgerEntryDraft(body, [...authority, ...(member === undefined ? [] : [member])]), offset);
}
const payment = (amount: number, until: string, extra: Partial<EntryFields> = {}) => ({ entry: "payment", amount, member: s.key("bob"), until, ...extra }) as EntryFields;

/** Judges `records` in North's document and folds them. */
function ledgerOf(records: readonly ParsedRecord[], chapter: ChapterId = s.north) {
  const judged = judgeDues({ chapter, ...s.context(records) }, records);
  return { judged, ledger: duesLedger(judged), status: (record: ParsedRecord) => [...judged.settings, ...judged.entries].find((e) => e.record.id === record.id)?.status };
}

describe("dues ledger (PROTOCOL.md DU)", () => {
  it("[DU1.3] 0.1 + 0.2 is exactly 0.3: amounts are integer minor units read from text, never floating point", async () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const [a, b, c] = [parseMoney("0.1", 2), parseMoney("0.2", 2), parseMoney("0.3", 2)];
    expect([a, b, c]).toEqual([{ ok: true, minor: 10 }, { ok: true, minor: 20 }, { ok: true, minor: 30 }]);
    const records = [await entry("carol", payment(10, "2026-01-31"), 10), await entry("carol", payment(20, "2026-02-28"), 11)];
    const { ledger } = ledgerOf(records);
    expect(ledger.currencies[0]?.balance).toBe(30n);
    expect(formatMinor(ledger.currencies[0]!.balance, 2)).toBe("0.30");
    // A float amount never makes a record: the body's validator wants an integer (and R1 refuses floats).
    await expect(entry("carol", payment(0.1 + 0.2, "2026-01-31"), 12)).rejects.toThrow();
  });

  it("[DU4.3] a ledger entry by a member who is not the treasurer is shown as invalid and left out of the balance", async () => {
    const good = await entry("carol", payment(1500, "2026-03-31"), 10);
    const forged = await entry("bob", payment(900_000, "2099-12-31"), 11, [s.treasurer]);
    const { ledger, status } = ledgerOf([good, forged]);
    expect(status(forged)).toBe("not-treasurer");
    expect(ledger.entries.find((e) => e.record.id === forged.id)?.detail).toMatch(/^\[DU4\.3\]/);
    expect(ledger.currencies[0]?.balance).toBe(1500n);
    expect(ledger.standing.get(s.key("bob"))).toBe("2026-03-31");
  });

  it("[DU4.4] a disbursement citing no decision of the chapter is shown as invalid and left out of the balance", async () => {
    const paid = await entry("carol", payment(5000, "2026-03-31"), 10);
    const approved = await entry("carol", { entry: "disbursement", amount: 1200, decision: s.decision, payee: "Print shop" }, 11);
    const notDecision = await entry("carol", { entry: "disbursement", amount: 700, decision: s.treasurer, payee: "Cafe" }, 12);
    const otherChapter = await entry("carol", { entry: "disbursement", amount: 800, decision: s.rootDecision, payee: "Bus" }, 13);
    const { ledger, status } = ledgerOf([paid, approved, notDecision, otherChapter]);
    expect([status(approved), status(notDecision), status(otherChapter)]).toEqual(["valid", "no-decision", "no-decision"]);
    expect(ledger.currencies[0]).toMatchObject({ balance: 3800n, totals: { payment: 5000n, disbursement: 1200n } });
  });

  it("[DU4.5] [DU4.6] a payment for a non-member and money passed to a chapter not above are refused", async () => {
    const stranger = await entry("carol", { entry: "payment", amount: 100, member: s.key("erin"), until: "2026-01-31" }, 10);
    const sideways = await entry("carol", { entry: "passed-up", amount: 100, to: s.north }, 11);
    const up = await entry("carol", { entry: "passed-up", amount: 100, to: s.city }, 12);
    const { status } = ledgerOf([stranger, sideways, up]);
    expect([status(stranger), status(sideways), status(up)]).toEqual(["not-member", "wrong-chapter", "valid"]);
  });

  it("[DU4.7] a correction is a new entry citing the one it corrects: the corrected one leaves the totals, a second correction of it is refused", async () => {
    const wrong = await entry("carol", payment(1000, "2026-12-31"), 10);
    const fixed = await entry("carol", payment(100, "2026-01-31", { corrects: wrong.id }), 11);
    const again = await entry("carol", payment(50, "2026-01-31", { corrects: wrong.id }), 12);
    const otherKind = await entry("carol", { entry: "passed-up", amount: 0, to: s.city, corrects: fixed.id }, 13);
    const { ledger, status } = ledgerOf([wrong, fixed, again, otherKind]);
    const first = fixed.id < again.id ? fixed : again;
    const second = first === fixed ? again : fixed;
    expect([status(wrong), status(first), status(second), status(otherKind)]).toEqual(["valid", "valid", "bad-correction", "bad-correction"]);
    expect(ledger.entries.find((e) => e.record.id === wrong.id)?.corrected).toBe(first.id);
    expect(ledger.currencies[0]?.totals.payment).toBe(first === fixed ? 100n : 50n);
    expect(ledger.standing.get(s.key("bob"))).toBe("2026-01-31");
  });

  it("[DU2] [DU5.1] [DU5.4] dues set by decision: the newest setting that cites the one before it is current; shares owed above are floor of each payment's share", async () => {
    const fields = { chapter: s.north, decision: s.decision, currency: "EUR", period: "month", amount: 1000, scale: [500, 1000, 2000], passUp: [] } as const;
    const first = await s.sign("carol", duesSettingDraft(fields, [s.treasurer]), 5);
    const shares = [{ chapter: s.city, parts: 2500 }, { chapter: s.root, parts: 1500 }];
    const second = await s.sign("carol", duesSettingDraft({ ...fields, passUp: shares }, [s.treasurer, first.id]), 6);
    const byBob = await s.sign("bob", duesSettingDraft(fields, [s.treasurer]), 7);
    const noDecision = await s.sign("carol", duesSettingDraft({ ...fields, decision: s.rootDecision }, [s.treasurer]), 8);
    const pays = [await entry("carol", payment(1001, "2026-01-31"), 10), await entry("carol", payment(999, "2026-02-28"), 11)];
    const passed = await entry("carol", { entry: "passed-up", amount: 400, to: s.city }, 12);
    const { ledger, status } = ledgerOf([first, second, byBob, noDecision, ...pays, passed]);
    expect([status(first), status(second), status(byBob), status(noDecision)]).toEqual(["valid", "valid", "not-treasurer", "no-decision"]);
    expect(ledger.setting?.id).toBe(second.id);
    expect(ledger.contested).toBe(false);
    // 25 % of 1001 is 250.25 → 250, of 999 is 249.75 → 249: 499, never 500 (15 %: 150 + 149 = 299).
    const expected = [
      { chapter: s.city, parts: 2500, owed: 499n, passedUp: 400n },
      { chapter: s.root, parts: 1500, owed: 299n, passedUp: 0n },
    ].sort((a, b) => (a.chapter < b.chapter ? -1 : 1));
    expect(ledger.shares).toEqual(expected);
  });

  it("[DU5.1] two settings made concurrently are both current: the newest claimed shows, marked contested", async () => {
    const fields = { chapter: s.north, decision: s.decision, currency: "EUR", period: "year", amount: 1000, scale: [1000], passUp: [] } as const;
    const a = await s.sign("carol", duesSettingDraft(fields, [s.treasurer]), 5);
    const b = await s.sign("carol", duesSettingDraft({ ...fields, amount: 2000, scale: [2000] }, [s.treasurer]), 9);
    const { ledger } = ledgerOf([a, b]);
    expect(ledger.setting?.id).toBe(b.id);
    expect(ledger.contested).toBe(true);
  });

  it("[DU5] the ledger is the same whatever order the records arrive in", async () => {
    const records = [
      await entry("carol", payment(1000, "2026-12-31"), 10),
      await entry("carol", payment(300, "2026-02-28"), 11),
      await entry("bob", payment(5, "2030-01-01"), 12),
      await entry("carol", { entry: "disbursement", amount: 250, decision: s.decision, payee: "Hall" }, 13),
    ];
    records.push(await entry("carol", payment(10, "2026-01-31", { corrects: records[0]!.id }), 14));
    const plain = (records: readonly ParsedRecord[]) => {
      const { ledger } = ledgerOf(records);
      return JSON.stringify({ ...ledger, standing: [...ledger.standing] }, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
    };
    const expected = plain(records);
    fc.assert(fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => plain(shuffled) === expected), { numRuns: 20 });
  });
});
