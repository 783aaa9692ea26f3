import { describe, expect, it } from "vitest";
import { formatMinor, MAX_AMOUNT, parseMoney } from "./money.js";

describe("money in minor units (PROTOCOL.md DU1)", () => {
  it("[DU1.3] decimal text becomes exact minor units, with a comma or a point, trailing zeros allowed", () => {
    expect(parseMoney("12", 2)).toEqual({ ok: true, minor: 1200 });
    expect(parseMoney(" 12.5 ", 2)).toEqual({ ok: true, minor: 1250 });
    expect(parseMoney("12,50", 2)).toEqual({ ok: true, minor: 1250 });
    expect(parseMoney("0.010", 2)).toEqual({ ok: true, minor: 1 });
    expect(parseMoney("1500", 0)).toEqual({ ok: true, minor: 1500 });
    expect(parseMoney("1.234", 3)).toEqual({ ok: true, minor: 1234 });
  });

  it("[DU1.3] bad input gets a named problem and is never rounded: not a number, more digits than the currency has, past the largest amount", () => {
    for (const text of ["", "-1", "1e3", "12.", ".5", "1.2.3", "abc", "0x10", "1 000"]) expect(parseMoney(text, 2)).toEqual({ ok: false, problem: "not-a-number" });
    expect(parseMoney("0.125", 2)).toEqual({ ok: false, problem: "too-precise" });
    expect(parseMoney("1.5", 0)).toEqual({ ok: false, problem: "too-precise" });
    expect(parseMoney(String(MAX_AMOUNT / 100 + 1), 2)).toEqual({ ok: false, problem: "too-large" });
    expect(parseMoney("99999999999999999999999", 2)).toEqual({ ok: false, problem: "too-large" });
  });

  it("[DU1.3] minor units are written back as decimal text exactly, bigints past 2^53 included", () => {
    expect(formatMinor(30, 2)).toBe("0.30");
    expect(formatMinor(5, 2)).toBe("0.05");
    expect(formatMinor(-1250n, 2)).toBe("-12.50");
    expect(formatMinor(7, 0)).toBe("7");
    expect(formatMinor(2n ** 60n + 1n, 2)).toBe("11529215046068469.77");
  });
});
