import { beforeAll, describe, expect, it } from "vitest";
import type { ParsedRecord } from "../records/record.js";
import { duesLedger } from "./dues-ledger.js";
import { ledgerEntryDraft } from "./dues-records.js";
import { judgeDues } from "./judge-dues.js";
import { csvField, LEDGER_CSV_COLUMNS, ledgerCsv } from "./ledger-csv.js";
import { duesScenario, type DuesScenario } from "./test-helpers/dues-scenario.js";

let s: DuesScenario;
beforeAll(async () => {
  s = await duesScenario();
});

describe("the ledger as CSV (PROTOCOL.md DU6)", () => {
  it("[DU6] fields with a comma, a double quote, CR or LF are quoted with quotes doubled (RFC 4180 §2.6–2.7); others are left as they are", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line\r\nbreak")).toBe('"line\r\nbreak"');
    expect(csvField("new\nline")).toBe('"new\nline"');
    expect(csvField("")).toBe("");
  });

  it("[DU6] a header line, one CRLF-ended line per entry, amounts as minor units and exact decimals, refused entries marked not counted", async () => {
    const draft = ledgerEntryDraft({ chapter: s.north, entry: "disbursement", amount: 1230, currency: "EUR", corrects: null, note: 'Hall, "big" room\nsecond line', decision: s.decision, payee: "Town hall" }, [s.treasurer]);
    const paid = await s.sign("carol", draft, 10);
    const forged = await s.sign("bob", { ...draft, body: { ...draft.body, amount: 5 } }, 11);
    const records: ParsedRecord[] = [paid, forged];
    const ledger = duesLedger(judgeDues({ chapter: s.north, ...s.context(records) }, records));
    const csv = ledgerCsv(ledger, () => 2, (at) => new Date(at).toISOString().slice(0, 10));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(LEDGER_CSV_COLUMNS.join(","));
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv).toContain(`${forged.id},2023-11-14,disbursement,EUR,5,0.05,,,,${s.decision},Town hall,,"Hall, ""big"" room\nsecond line",not-treasurer,no\r\n`);
    expect(csv).toContain(`${paid.id},2023-11-14,disbursement,EUR,1230,12.30,,,,${s.decision},Town hall,,"Hall, ""big"" room\nsecond line",valid,yes\r\n`);
  });
});
