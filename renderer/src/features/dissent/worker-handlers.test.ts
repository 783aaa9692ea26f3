import * as A from "@automerge/automerge";
import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import { dissentDraft } from "@chapterhouse/crdt/dissent";
import { addRecord, createChapterDoc, createOrganisationDoc } from "@chapterhouse/crdt/documents";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { admitDraft, genesisDraft } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl, ParsedRecord, RecordId } from "@chapterhouse/crdt/records";
import { createVerifier, naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { dissentHandlers } from "./worker-handlers.js";

const ana = naclSignerFromSeed(new Uint8Array(32).fill(7));
const ben = naclSignerFromSeed(new Uint8Array(32).fill(8));
const organisation = "automerge:2vbGUzgcHKxNrkB3AXnCcKZA5tWi" as DocumentUrl;
const chapterUrl = "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e" as DocumentUrl;
const current = ("k".repeat(42) + "A") as RecordId;
const elsewhere = ("m".repeat(42) + "A") as RecordId;

const withRecords = <T>(doc: A.Doc<T>, map: string, records: readonly ParsedRecord[]) => A.save(A.change(doc, (d) => records.forEach((record) => addRecord((d as unknown as Record<string, Parameters<typeof addRecord>[0]>)[map]!, record))));

describe("dissent's worker handlers", () => {
  it("[DS1.5] [DS6] a current's page gets the dissents linked to it from the chapters' logs, never one linked elsewhere, and reads them again as a log syncs", async () => {
    const genesis = await signDraft(ana, genesisDraft({ name: "Riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [ana.publicKey] }), 1);
    const chapter = genesis.id as ChapterId;
    const admit = await signDraft(ben, admitDraft({ chapter }), 2);
    const decision = await signDraft(ana, { kind: "decision", body: { chapter, proposal: admit.id, open: current, close: current, result: { outcome: "passed" } }, deps: [chapter] }, 3);
    const linked = await signDraft(ben, dissentDraft({ chapter, decision: decision.id, text: "With the current.", current }, [admit.id]), 4);
    const other = await signDraft(ben, dissentDraft({ chapter, decision: decision.id, text: "With another.", current: elsewhere }, [admit.id]), 5);
    const later = await signDraft(ben, dissentDraft({ chapter, decision: decision.id, text: "Again with it.", current }, [admit.id]), 6);
    const handlers = bindHandlers(
      { ...documentHandlers, ...dissentHandlers },
      createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: () => undefined }),
    );
    const chapterDoc = (decisions: readonly ParsedRecord[]) => ({ url: chapterUrl, type: "chapter", bytes: A.save(A.merge(A.load(withRecords(createChapterDoc(), "governance", [admit])), A.load(withRecords(createChapterDoc(), "decisions", decisions)))) });
    await handlers.syncDocuments([{ url: organisation, type: "organisation", bytes: withRecords(createOrganisationDoc(), "chapters", [genesis]) }, chapterDoc([decision, linked, other])]);
    const request = { organisation, chapters: [chapterUrl], current };
    expect((await handlers.linkedDissents(request)).dissents.map((d) => [d.chapter, d.text, d.current])).toEqual([[chapter, "With the current.", current]]);
    await handlers.syncDocuments([chapterDoc([decision, linked, other, later])]);
    expect((await handlers.linkedDissents(request)).dissents.map((d) => d.text)).toEqual(["With the current.", "Again with it."]);
    const log = await handlers.readDissents({ organisation, chapters: [chapterUrl], chapter });
    expect(log.byDecision.get(decision.id)?.map((d) => d.current)).toEqual([current, elsewhere, current]);
  });
});
