import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { CHAPTER_DOCUMENT, createChapterDoc } from "../documents/chapter.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../documents/organisation.js";
import { addRecord } from "../documents/record-map.js";
import type { DocumentUrl } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { OrganisationSnapshots } from "../report/read-proposals.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import type { Verifier } from "../verify/verifier.js";
import { ledgerEntryDraft } from "./dues-records.js";
import { readDues, readPaidUp } from "./read-dues.js";
import { duesScenario, type DuesScenario } from "./test-helpers/dues-scenario.js";

let s: DuesScenario;
let verifier: Verifier;
beforeAll(async () => {
  s = await duesScenario();
  verifier = await createVerifier();
});

const documentOf = (chapter: string) => (s.held.find((record) => record.id === chapter)!.envelope.body as { document: DocumentUrl }).document;

/** The organisation's documents: genesis records, then each chapter's governance, decisions and `dues`. */
function organisation(dues: Readonly<Record<"root" | "north", readonly ParsedRecord[]>>): OrganisationSnapshots {
  const geneses = s.held.filter((record) => record.envelope.kind === "genesis");
  const org = A.change(createOrganisationDoc(), (d) => geneses.forEach((record) => addRecord(d.chapters, record)));
  const chapter = (id: string, records: readonly ParsedRecord[]) => {
    const mine = s.held.filter((record) => record.envelope.kind !== "genesis" && (record.envelope.body as { chapter?: string }).chapter === id);
    const doc = A.change(createChapterDoc(), (d) => {
      for (const record of mine) addRecord(record.envelope.kind === "decision" ? d.decisions : d.governance, record);
      for (const record of records) addRecord(d.dues, record);
    });
    return { url: documentOf(id), snapshot: snapshotDocument(CHAPTER_DOCUMENT, doc) };
  };
  return {
    organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) },
    chapters: [chapter(s.root, dues.root), chapter(s.city, []), chapter(s.north, dues.north)],
  };
}

describe("reading dues from the organisation's documents (PROTOCOL.md DU5)", () => {
  it("[DU5.5] a chapter above sees what the chapters below passed up to it; the chapter's own ledger counts only its own document's records", async () => {
    const entry = (who: "carol" | "dave", fields: object, authority: string, offset: number) =>
      s.sign(who, ledgerEntryDraft({ currency: "EUR", corrects: null, note: "", ...fields } as never, [authority as never]), offset);
    const toRoot = await entry("carol", { chapter: s.north, entry: "passed-up", amount: 150, to: s.root }, s.treasurer, 10);
    const toCity = await entry("carol", { chapter: s.north, entry: "passed-up", amount: 250, to: s.city }, s.treasurer, 11);
    const received = await entry("dave", { chapter: s.root, entry: "from-below", amount: 150, from: s.north }, s.rootTreasurer, 12);
    // North's entry copied into Riverside's document is not Riverside's (DU4.1).
    const orgs = organisation({ root: [received, toCity], north: [toRoot, toCity] });
    const root = await readDues(orgs, s.root, verifier, new VerifiedCache());
    expect(root.fromBelow.map((sent) => [sent.chapter, sent.id, sent.body.amount])).toEqual([[s.north, toRoot.id, 150]]);
    expect(root.ledger.currencies).toEqual([{ currency: "EUR", balance: 150n, totals: { payment: 0n, disbursement: 0n, "passed-up": 0n, "from-below": 150n } }]);
    expect(root.ledger.entries.find((e) => e.record.id === toCity.id)?.status).toBe("wrong-chapter");
    const city = await readDues(orgs, s.city, verifier, new VerifiedCache());
    expect(city.fromBelow.map((sent) => sent.id)).toEqual([toCity.id]);
    const north = await readDues(orgs, s.north, verifier, new VerifiedCache());
    expect(north.ledger.currencies[0]?.balance).toBe(-400n);
    expect(north.fromBelow).toEqual([]);
  });

  it("[DU8.4] [DU8.8] before a vote opens, each member's paid-up date is the latest over the ledgers of the chapter and those below it; a refused payment gives none", async () => {
    const payment = (who: "carol" | "dave", chapter: string, member: "bob" | "carol" | "dave", until: string, authority: string, offset: number) =>
      s.sign(who, ledgerEntryDraft({ chapter, entry: "payment", amount: 1000, currency: "EUR", corrects: null, note: "", member: s.key(member), until } as never, [authority as never, s.grants[member]]), offset);
    const bobNorth = await payment("carol", s.north, "bob", "2030-01-31", s.treasurer, 20);
    const bobRoot = await payment("dave", s.root, "bob", "2030-03-31", s.rootTreasurer, 21);
    const daveRoot = await payment("dave", s.root, "dave", "2029-12-31", s.rootTreasurer, 22);
    // Signed by dave, who is no treasurer of North: refused (DU4.3), so carol has no paid-up date.
    const carolForged = await payment("dave", s.north, "carol", "2031-01-01", s.rootTreasurer, 23);
    const orgs = organisation({ root: [bobRoot, daveRoot], north: [bobNorth, carolForged] });
    const root = await readPaidUp(orgs, s.root, verifier, new VerifiedCache());
    expect(Object.fromEntries(root)).toEqual({ [s.key("bob")]: "2030-03-31", [s.key("dave")]: "2029-12-31" });
    // From North down, Riverside's ledger is not read.
    expect(Object.fromEntries(await readPaidUp(orgs, s.north, verifier, new VerifiedCache()))).toEqual({ [s.key("bob")]: "2030-01-31" });
  });
});
