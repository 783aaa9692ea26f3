import { naclSignerFromSeed, readDocument, signRecord, HOME_DOCUMENT, type ChapterId, type DocumentUrl } from "@chapterhouse/crdt";
import { createVerifier } from "@chapterhouse/crdt";
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { homeDocumentUrl, homeGenesis } from "./home-document.js";
import { HOME_CHAPTER, HOME_ORGANISATION, homeAuthorise, homeChapterBody, homeEntries, homeOrganisationBody } from "./home-records.js";

const alice = naclSignerFromSeed(new Uint8Array(32).fill(1));
const mallory = naclSignerFromSeed(new Uint8Array(32).fill(2));
const organisation = "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl;
const root = "dHOa-_fVS-vNpyNWC-ycguVXCe66mF03NUGTzSOHhDA" as ChapterId;

function entry(name: string, relays: string[]) {
  return homeOrganisationBody({ organisation, root, name, relays });
}

describe("the Home document's records", () => {
  it("[D3.8] count only the member's own well-formed records; the newest entry per organisation wins", async () => {
    const older = await signRecord(alice, { kind: HOME_ORGANISATION, body: entry("Riverside", ["ws://b/", "ws://a/"]), at: 1 });
    const newer = await signRecord(alice, { kind: HOME_ORGANISATION, body: entry("Riverside Tenants", ["ws://a/"]), at: 2 });
    const planted = await signRecord(mallory, { kind: HOME_ORGANISATION, body: entry("Mallory's", ["ws://evil/"]), at: 3 });
    const chapter = await signRecord(alice, { kind: HOME_CHAPTER, body: homeChapterBody({ organisation, chapter: root, document: organisation }), at: 1 });
    let doc = A.load<Record<string, Record<string, A.ImmutableString>>>(homeGenesis());
    doc = A.change(doc, (d) => {
      for (const r of [older, newer, planted]) d["organisations"]![r.id] = new A.ImmutableString(r.text);
      d["chapters"]![chapter.id] = new A.ImmutableString(chapter.text);
    });
    const read = await readDocument(HOME_DOCUMENT, doc, await createVerifier(), { authorise: homeAuthorise(alice.publicKey) });
    expect(read.rejections.map((r) => r.id)).toEqual([planted.id]);
    const entries = homeEntries(read.records);
    expect(entries.organisations).toEqual([{ organisation, root, name: "Riverside Tenants", relays: ["ws://a/"] }]);
    expect(entries.chapters).toEqual([{ organisation, chapter: root, document: organisation }]);
    expect(JSON.parse(older.text).body.relays).toEqual(["ws://a/", "ws://b/"]);
  });

  it("[K3.6] share one genesis: two devices that each started the Home document merge into one set of maps", () => {
    const a = A.change(A.load<Record<string, Record<string, string>>>(homeGenesis()), (d) => void (d["organisations"]!["x"] = "from a"));
    const b = A.change(A.load<Record<string, Record<string, string>>>(homeGenesis()), (d) => void (d["organisations"]!["y"] = "from b"));
    const merged = A.merge(A.clone(a), b);
    expect(merged["organisations"]).toEqual({ x: "from a", y: "from b" });
    expect(A.getConflicts(merged, "organisations")).toBeUndefined();
    expect(homeDocumentUrl(new Uint8Array(16).fill(7))).toMatch(/^automerge:[1-9A-HJ-NP-Za-km-z]+$/);
    expect(() => homeDocumentUrl(new Uint8Array(15))).toThrow(RangeError);
  });
});
