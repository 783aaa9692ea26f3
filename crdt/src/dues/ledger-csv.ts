/**
 * A chapter's ledger as CSV (PROTOCOL.md DU6, RFC 4180): a header line, then one line per entry,
 * lines ended by CRLF; a field holding a comma, a double quote, CR or LF is enclosed in double
 * quotes with each double quote doubled. Amounts are written both as integer minor units and as
 * decimal text, never through floating point. Never throws.
 */
import type { DuesLedger } from "./dues-ledger.js";
import { formatMinor } from "./money.js";

/** The header line's fields, in order. */
export const LEDGER_CSV_COLUMNS = ["id", "date", "entry", "currency", "amount_minor", "amount", "member", "until", "chapter", "decision", "payee", "corrects", "note", "status", "counted"] as const;

/** One field as RFC 4180 writes it (§2.6, §2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The ledger's entries as CSV text: `digitsOf(currency)` gives the digits after the point of a
 * currency (ISO 4217's minor unit), `dateOf(at)` writes a claimed time.
 */
export function ledgerCsv(ledger: DuesLedger, digitsOf: (currency: string) => number, dateOf: (at: number) => string): string {
  const lines = [LEDGER_CSV_COLUMNS.join(",")];
  for (const entry of ledger.entries) {
    const body = entry.body;
    const fields: string[] = [
      entry.record.id,
      dateOf(entry.record.envelope.at),
      body?.entry ?? "",
      body?.currency ?? "",
      body === null ? "" : String(body.amount),
      body === null ? "" : formatMinor(body.amount, digitsOf(body.currency)),
      body?.entry === "payment" ? body.member : "",
      body?.entry === "payment" ? body.until : "",
      body?.entry === "passed-up" ? body.to : body?.entry === "from-below" ? body.from : "",
      body?.entry === "disbursement" ? body.decision : "",
      body?.entry === "disbursement" ? body.payee : "",
      body?.corrects ?? "",
      body?.note ?? "",
      entry.status,
      entry.status === "valid" && entry.corrected === null ? "yes" : "no",
    ];
    lines.push(fields.map(csvField).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
