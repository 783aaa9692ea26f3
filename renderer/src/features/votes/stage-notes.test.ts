import { signRecord, type DocumentUrl, type RecordId } from "@chapterhouse/crdt/records";
import type { VoteBundleDocument } from "@chapterhouse/crdt/report";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { stageKey, stageNotes } from "./stage-notes.js";

const signer = naclSignerFromSeed(new Uint8Array(32).fill(7));
/** A record id's shape (R3: base64url of a SHA-256), standing for the proposal's creation record. */
const PROPOSAL = "A".repeat(43);

/** A stage hint (P8) for PROPOSAL, signed at `at`. */
const hint = (stage: string, at: number) => signRecord(signer, { kind: "proposal-stage", at, body: { proposal: PROPOSAL, stage }, deps: [PROPOSAL as RecordId] });

describe("stageNotes", () => {
  it("[P8] [NOTE1] a stage is noted at the earliest time a hint of it claims; a damaged hint or one kept under another id is not read", async () => {
    const records = await Promise.all([hint("voting", 2_000), hint("voting", 1_500), hint("closed", 3_000), hint("recorded", 4_000)]);
    const kept: Record<string, string> = Object.fromEntries(records.slice(0, 3).map((record) => [record.id, record.text]));
    kept["not-its-id"] = records[3].text;
    kept[records[3].id] = records[3].text.replace('"recorded"', '"recorde"');
    const chapter = { url: "automerge:chapter" as DocumentUrl, type: "chapter", records: { proposals: kept } } as unknown as VoteBundleDocument;
    const notes = stageNotes(chapter);
    expect(notes.get(stageKey(PROPOSAL, "voting"))).toBe(1_500);
    expect(notes.get(stageKey(PROPOSAL, "closed"))).toBe(3_000);
    expect(notes.has(stageKey(PROPOSAL, "recorded"))).toBe(false);
  });
});
