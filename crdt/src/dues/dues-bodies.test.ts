import { describe, expect, it } from "vitest";
import { parseDuesBody } from "./dues-bodies.js";

const id = (c: string) => c.repeat(42) + "A";
const setting = { chapter: id("c"), decision: id("d"), currency: "EUR", period: "month", amount: 1000, scale: [500, 1000], passUp: [{ chapter: id("a"), parts: 1500 }, { chapter: id("b"), parts: 2500 }] };
const payment = { chapter: id("c"), entry: "payment", amount: 1000, currency: "EUR", corrects: null, note: "", member: id("m"), until: "2026-02-28" };

describe("dues bodies (PROTOCOL.md DU2.1, DU3.1)", () => {
  it("[DU2.1] [DU3.1] well-formed bodies pass, tagged with their kind", () => {
    expect(parseDuesBody("dues-setting", setting)).toEqual({ ok: true, body: { kind: "dues-setting", ...setting } });
    expect(parseDuesBody("ledger-entry", payment)).toEqual({ ok: true, body: { kind: "ledger-entry", ...payment } });
    const { member: _m, until: _u, ...rest } = payment;
    expect(parseDuesBody("ledger-entry", { ...rest, entry: "disbursement", decision: id("d"), payee: "Hall" })).toMatchObject({ ok: true });
    expect(parseDuesBody("ledger-entry", { ...rest, entry: "passed-up", to: id("p") })).toMatchObject({ ok: true });
    expect(parseDuesBody("ledger-entry", { ...rest, entry: "from-below", from: id("p") })).toMatchObject({ ok: true });
  });

  it("[DU1.2] [DU2.1] each bad setting gets a problem naming what is wrong", () => {
    const bad = (change: object) => parseDuesBody("dues-setting", { ...setting, ...change });
    expect(bad({ currency: "eur" })).toEqual({ ok: false, problem: "currency is not three capital letters (ISO 4217)" });
    expect(bad({ period: "week" })).toEqual({ ok: false, problem: "period is not one of month, quarter, year" });
    expect(bad({ amount: 700 })).toEqual({ ok: false, problem: "amount is not one of scale" });
    expect(bad({ scale: [1000, 500] })).toEqual({ ok: false, problem: "scale is not ascending without repeats" });
    expect(bad({ scale: [] })).toEqual({ ok: false, problem: "scale must hold 1 to 12 amounts" });
    expect(bad({ passUp: [{ chapter: id("a"), parts: 6000 }, { chapter: id("b"), parts: 5000 }] })).toEqual({ ok: false, problem: "passUp shares add up to more than 10000 parts (100 %)" });
    expect(bad({ passUp: [{ chapter: id("b"), parts: 1 }, { chapter: id("a"), parts: 1 }] })).toEqual({ ok: false, problem: "passUp is not sorted by chapter without repeats" });
    expect(bad({ decision: null })).toEqual({ ok: false, problem: "decision is not a 32-byte base64url value" });
    expect(bad({ extra: 1 })).toMatchObject({ ok: false, problem: expect.stringMatching(/^body has members/) });
  });

  it("[DU1.2] [DU3.1] each bad ledger entry gets a problem naming what is wrong; zero only in a correction", () => {
    const bad = (change: object) => parseDuesBody("ledger-entry", { ...payment, ...change });
    expect(bad({ amount: 0 })).toEqual({ ok: false, problem: "amount is not an integer in 1..1000000000000" });
    expect(bad({ amount: 0, corrects: id("x") })).toMatchObject({ ok: true });
    expect(bad({ amount: 12.5 })).toEqual({ ok: false, problem: "amount is not an integer in 1..1000000000000" });
    expect(bad({ amount: 1_000_000_000_001 })).toEqual({ ok: false, problem: "amount is not an integer in 1..1000000000000" });
    expect(bad({ until: "2026-02-30" })).toEqual({ ok: false, problem: "until is not a date of the calendar" });
    expect(bad({ until: "28/02/2026" })).toEqual({ ok: false, problem: "until is not a date written YYYY-MM-DD" });
    expect(bad({ entry: "gift" })).toEqual({ ok: false, problem: "entry is not one of payment, disbursement, passed-up, from-below" });
    expect(bad({ note: "x".repeat(201) })).toEqual({ ok: false, problem: "note must be 0 to 200 characters long" });
    expect(bad({ payee: "Hall" })).toMatchObject({ ok: false, problem: expect.stringMatching(/^body has members/) });
  });
});
