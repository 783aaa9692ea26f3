import { describe, expect, it } from "vitest";
import { createFormat } from "./format.js";

const words = (all: string, unknownTime: string) => ({ unknownTime, all: (percent: string) => `${all} (${percent})` });
const english = createFormat("en-GB", words("all", "an unknown time"));
const spanish = createFormat("es", words("todos", "una hora desconocida"));
// 27 November 2026, 18:00 in the device's own time zone, whatever it is.
const local = new Date(2026, 10, 27, 18, 0).getTime();
const NBSP = "\u00a0";

describe("createFormat", () => {
  it("[I18N5] writes dates and times in the locale's own way, in the device's time zone", () => {
    expect(english.date(local)).toBe("27 Nov 2026");
    expect(spanish.date(local)).toBe("27 nov 2026");
    expect(english.time(local)).toBe("18:00");
    expect(english.dateTime(local)).toBe("27 Nov 2026, 18:00");
    expect(spanish.dateTime(local, { weekday: true })).toBe("vie, 27 nov 2026, 18:00");
  });

  it("[I18N5] writes a date-time in a named time zone and names the zone", () => {
    const at = Date.UTC(2026, 10, 27, 17, 0);
    expect(english.dateTime(at, { timeZone: "Europe/Madrid" })).toBe("27 Nov 2026, 18:00 CET");
    expect(spanish.dateTime(at, { timeZone: "America/Mexico_City" })).toMatch(/^27 nov 2026, 11:00 /);
    expect(() => english.dateTime(at, { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });

  it("[I18N5] says a time that is not a date in words instead of 'Invalid Date'", () => {
    expect(english.dateTime(Number.NaN)).toBe("an unknown time");
    expect(spanish.date(8.64e15 + 1)).toBe("una hora desconocida");
    expect(spanish.relative(Number.POSITIVE_INFINITY, local)).toBe("una hora desconocida");
  });

  it("[I18N5] writes relative times with the unit that fits", () => {
    const day = 86_400_000;
    expect(english.relative(local - 3 * day, local)).toBe("3 days ago");
    expect(spanish.relative(local + day, local)).toBe("mañana");
    expect(english.relative(local + 5 * 60_000, local)).toBe("in 5 minutes");
    expect(spanish.relative(local - 2 * 365 * day, local)).toBe("hace 2 años");
    expect(english.relative(local, local)).toBe("now");
  });

  it("[I18N5][T4] shows exact integers with the locale's grouping, never as decimals", () => {
    expect(english.count(4_294_967_295)).toBe("4,294,967,295");
    expect(spanish.count(4_294_967_295)).toBe("4.294.967.295");
    expect(english.count(0)).toBe("0");
    expect(spanish.number(3.14159)).toBe("3,14");
  });

  it("[I18N5][T4] rounds percentages half up to whole percent, never to 0% or 100% when that would hide a part", () => {
    expect([english.percent(2, 3), english.percent(1, 3), english.percent(1, 8), english.percent(1, 2), english.percent(3, 3), english.percent(0, 3)]).toEqual(
      ["67%", "33%", "13%", "50%", "100%", "0%"],
    );
    expect([english.percent(1, 1000), english.percent(999, 1000), english.percent(5, 0)]).toEqual(["<1%", ">99%", "–"]);
    expect([spanish.percent(2, 3), spanish.percent(1, 1000)]).toEqual([`67${NBSP}%`, `<1${NBSP}%`]);
  });

  it("[I18N5][R1.3] writes a fraction as on the record, with its rounded percentage", () => {
    expect(english.fraction({ num: 2, den: 3 })).toBe("2/3 (67%)");
    expect(english.fraction({ num: 1, den: 1 })).toBe("all (100%)");
    expect(english.fraction({ num: 0, den: 1 })).toBe("0%");
    expect(spanish.fraction({ num: 1, den: 1 })).toBe(`todos (100${NBSP}%)`);
  });

  it("[I18N5] joins lists with the locale's words", () => {
    expect(english.list(["Ana", "Bo", "Cy"])).toBe("Ana, Bo and Cy");
    expect(spanish.list(["Ana", "Bo", "Cy"])).toBe("Ana, Bo y Cy");
    expect(spanish.list(["Ana", "Bo"], "disjunction")).toBe("Ana o Bo");
  });

  it("[I18N5] [DU1.3] writes money exactly in the locale's way: 0.10 + 0.20 shows as 0.30, never 0.30000000000000004, and totals past 2^53 keep every digit", () => {
    expect(english.money(10 + 20, "EUR")).toBe("€0.30");
    expect(spanish.money(1250, "EUR")).toBe(`12,50${NBSP}€`);
    expect(english.money(-1250n, "GBP")).toBe("-£12.50");
    expect(english.money(1500, "JPY")).toBe("JP¥1,500");
    expect(english.money(2n ** 60n + 1n, "EUR")).toBe("€11,529,215,046,068,469.77");
    expect([english.currencyDigits("EUR"), english.currencyDigits("JPY"), english.currencyDigits("BHD")]).toEqual([2, 0, 3]);
  });

  it("refuses a locale that is not a BCP 47 tag", () => {
    expect(() => createFormat("not a tag!", words("all", "?"))).toThrow(RangeError);
  });
});
