/**
 * The records of the dues vector (crdt/vectors/dues/ledger.json) and what they give, as plain JSON.
 * Built on the dues scenario: North's settings and ledger, one case per rule of DU4 and DU5.
 */
import type { ChapterId, RecordId } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";
import type { BodyFields } from "../../kinds/record-draft.js";
import { CausalRosters } from "../../proposals/causal-rosters.js";
import type { LedgerEntryBody } from "../dues-bodies.js";
import { duesLedger } from "../dues-ledger.js";
import { duesSettingDraft, ledgerEntryDraft } from "../dues-records.js";
import { judgeDues } from "../judge-dues.js";
import { ledgerCsv } from "../ledger-csv.js";
import type { DuesScenario } from "./dues-scenario.js";

/** The vector's records, each with a note naming what it shows. */
export async function duesVectorRecords(s: DuesScenario): Promise<{ note: string; record: ParsedRecord }[]> {
  const out: { note: string; record: ParsedRecord }[] = [];
  let offset = 10;
  const add = async (note: string, who: "alice" | "bob" | "carol", draft: Parameters<DuesScenario["sign"]>[1]) => {
    const record = await s.sign(who, draft, offset++);
    out.push({ note, record });
    return record;
  };
  const entry = (fields: Partial<BodyFields<LedgerEntryBody>> & Pick<BodyFields<LedgerEntryBody>, "entry" | "amount">, deps: readonly RecordId[] = []) =>
    ledgerEntryDraft({ chapter: s.north, currency: "EUR", corrects: null, note: "", ...fields } as BodyFields<LedgerEntryBody>, [s.treasurer, ...deps]);
  const setting = { chapter: s.north, decision: s.decision, currency: "EUR", period: "month", amount: 1000, scale: [500, 1000, 2000], passUp: [] } as const;
  const first = await add("[DU2] a setting by the treasurer citing a decision of North", "carol", duesSettingDraft(setting, [s.treasurer]));
  await add(
    "[DU5.1] a setting citing the one before: current; keeps 60 %, passes 25 % to Lakeside and 15 % to Riverside",
    "carol",
    duesSettingDraft({ ...setting, passUp: [{ chapter: s.city, parts: 2500 }, { chapter: s.root, parts: 1500 }] }, [s.treasurer, first.id]),
  );
  await add("[DU4.4] a setting citing Riverside's decision", "carol", duesSettingDraft({ ...setting, decision: s.rootDecision }, [s.treasurer]));
  const bob = { member: s.key("bob"), entry: "payment" } as const;
  await add("[DU3] bob pays 0.10", "carol", entry({ ...bob, amount: 10, until: "2026-01-31" }, [s.grants.bob]));
  await add("[DU1.3] bob pays 0.20: 0.10 + 0.20 is 0.30 exactly", "carol", entry({ ...bob, amount: 20, until: "2026-02-28" }, [s.grants.bob]));
  const wrong = await add("[DU3] carol records her own dues, 100.00 by mistake", "carol", entry({ member: s.key("carol"), entry: "payment", amount: 10000, until: "2026-12-31" }, [s.grants.carol]));
  await add("[DU3.3] the correction: 10.01, citing the wrong entry", "carol", entry({ member: s.key("carol"), entry: "payment", amount: 1001, until: "2026-03-31", corrects: wrong.id }, [s.grants.carol]));
  await add("[DU4.3] an entry by bob, who is not the treasurer", "bob", entry({ ...bob, amount: 500000, until: "2099-12-31" }, [s.grants.bob]));
  await add("[DU4.5] a payment for erin, who is no member", "carol", entry({ member: s.key("erin"), entry: "payment", amount: 1000, until: "2026-01-31" }));
  await add('[DU3] a disbursement as North decided, with a note "Hall, big room"', "carol", entry({ entry: "disbursement", amount: 350, decision: s.decision, payee: "Town hall", note: 'Hall, "big" room' }));
  await add("[DU4.4] a disbursement citing a record that is no decision", "carol", entry({ entry: "disbursement", amount: 700, decision: s.treasurer, payee: "Cafe" }));
  await add("[DU3] 2.50 passed up to Lakeside", "carol", entry({ entry: "passed-up", amount: 250, to: s.city }));
  await add("[DU4.6] money passed to North itself", "carol", entry({ entry: "passed-up", amount: 100, to: s.north }));
  return out;
}

/** What the vector's records give: each one's verdict, and North's ledger (DU5) and CSV (DU6). */
export function duesVectorExpectations(held: readonly ParsedRecord[], records: readonly ParsedRecord[], north: ChapterId) {
  const all = new Map([...held, ...records].map((record) => [record.id, record]));
  const judged = judgeDues({ chapter: north, held: all, rosters: new CausalRosters(all) }, records);
  const ledger = duesLedger(judged);
  const verdicts = Object.fromEntries([...judged.settings, ...judged.entries].map((entry) => [entry.record.id, { status: entry.status, detail: entry.detail }]));
  const text = (value: bigint) => value.toString();
  return {
    verdicts,
    setting: ledger.setting?.id ?? null,
    contested: ledger.contested,
    currencies: ledger.currencies.map((entry) => ({ currency: entry.currency, balance: text(entry.balance), totals: Object.fromEntries(Object.entries(entry.totals).map(([key, value]) => [key, text(value)])) })),
    standing: Object.fromEntries([...ledger.standing].sort(([a], [b]) => (a < b ? -1 : 1))),
    shares: ledger.shares.map((share) => ({ chapter: share.chapter, parts: share.parts, owed: text(share.owed), passedUp: text(share.passedUp) })),
    corrected: Object.fromEntries(ledger.entries.filter((entry) => entry.corrected !== null).map((entry) => [entry.record.id, entry.corrected])),
    csv: ledgerCsv(ledger, () => 2, (at) => new Date(at).toISOString()),
  };
}
