import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { readDocument } from "../chokepoint/read-document.js";
import { HOME_DOCUMENT, createHomeDoc } from "../documents/home.js";
import type { ChapterId, DocumentUrl } from "../records/ids.js";
import { signDraft } from "../kinds/record-draft.js";
import { naclSignerFromSeed } from "../verify/nacl-signer.js";
import { signRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { homeAuthorise, homeEntries } from "./home-entries.js";
import { homeChapterDraft, homeOrganisationDraft } from "./home-records.js";

const alice = naclSignerFromSeed(new Uint8Array(32).fill(1));
const mallory = naclSignerFromSeed(new Uint8Array(32).fill(2));
const organisation = "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl;
const root = "dHOa-_fVS-vNpyNWC-ycguVXCe66mF03NUGTzSOHhDA" as ChapterId;

const entry = (name: string, relays: string[]) => homeOrganisationDraft({ organisation, root, name, relays });

describe("the Home document's entries", () => {
  it("[D4.1] [D3.8] count only the member's own well-formed entries; the newest per organisation wins", async () => {
    const older = await signDraft(alice, entry("Riverside", ["ws://b/", "ws://a/"]), 1);
    const newer = await signDraft(alice, entry("Riverside Tenants", ["ws://a/"]), 2);
    const planted = await signDraft(mallory, entry("Mallory's", ["ws://evil/"]), 3);
    const malformed = await signRecord(alice, { kind: "home-organisation", body: { organisation, root, name: "", relays: [] }, at: 4 });
    const chapter = await signDraft(alice, homeChapterDraft({ organisation, chapter: root, document: organisation }), 1);
    const doc = A.change(createHomeDoc(), (d) => {
      for (const r of [older, newer, planted, malformed]) d.organisations[r.id] = new A.ImmutableString(r.text);
      d.chapters[chapter.id] = new A.ImmutableString(chapter.text);
    });
    const read = await readDocument(HOME_DOCUMENT, doc, await createVerifier(), { authorise: homeAuthorise(alice.publicKey) });
    expect(read.rejections.map((r) => [r.id, r.detail])).toEqual(
      [
        [planted.id, "home: signed by someone other than the Home document's owner"],
        [malformed.id, "home: malformed home-organisation body: name must be 1 to 200 characters long"],
      ].sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
    const entries = homeEntries(read.records);
    expect(entries.organisations).toEqual([{ organisation, root, name: "Riverside Tenants", relays: ["ws://a/"] }]);
    expect(entries.chapters).toEqual([{ organisation, chapter: root, document: organisation }]);
    expect(older.envelope.body).toMatchObject({ relays: ["ws://a/", "ws://b/"] });
  });

  it("[D4.1] of two entries with the same claimed time, the larger id counts, whatever order they are read in", async () => {
    const a = await signDraft(alice, entry("A", []), 5);
    const b = await signDraft(alice, entry("B", []), 5);
    const winner = a.id > b.id ? "A" : "B";
    expect(homeEntries([a, b]).organisations.map((o) => o.name)).toEqual([winner]);
    expect(homeEntries([b, a]).organisations.map((o) => o.name)).toEqual([winner]);
  });
});
