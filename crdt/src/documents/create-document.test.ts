import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import type { ChapterId, RecordId } from "../records/ids.js";
import { BALLOT_BOX_DOCUMENT, createBallotBoxDoc } from "./ballot-box.js";
import { CHAPTER_DOCUMENT, createChapterDoc } from "./chapter.js";
import { CONVERSATION_DOCUMENT, createConversationDoc } from "./conversation.js";
import { defineDocumentType, mapNames, mapOfKind, type DocumentType } from "./document-type.js";
import { HOME_DOCUMENT, createHomeDoc } from "./home.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "./organisation.js";
import { PROFILE_DOCUMENT, createProfileDoc } from "./profile.js";
import { PROPOSAL_DOCUMENT, createProposalDoc } from "./proposal.js";
import { THREAD_DOCUMENT, createThreadDoc } from "./thread.js";

const id = "A".repeat(43) as RecordId;
const all: [DocumentType, () => unknown][] = [
  [ORGANISATION_DOCUMENT, () => createOrganisationDoc()],
  [CHAPTER_DOCUMENT, () => createChapterDoc()],
  [PROPOSAL_DOCUMENT, () => createProposalDoc("first draft")],
  [BALLOT_BOX_DOCUMENT, () => createBallotBoxDoc({ open: id, chapter: id as ChapterId, shard: 0 })],
  [HOME_DOCUMENT, () => createHomeDoc()],
  [THREAD_DOCUMENT, () => createThreadDoc()],
  [PROFILE_DOCUMENT, () => createProfileDoc()],
  [CONVERSATION_DOCUMENT, () => createConversationDoc()],
];

describe("document constructors", () => {
  it.each(all.map(([type, make]) => [type.name, type, make] as const))(
    "[D1] a new %s document has its type's schema, every record map empty, and an unsigned map apart",
    (_name, type, make) => {
      const doc = make() as Record<string, unknown>;
      expect(A.isAutomerge(doc)).toBe(true);
      expect(doc["schema"]).toBe(type.schema);
      expect(Object.keys(doc).sort()).toEqual([...mapNames(type), "schema", "unsigned"].sort());
      for (const map of mapNames(type)) expect(doc[map]).toEqual({});
      expect(typeof doc["unsigned"]).toBe("object");
    },
  );

  it("[D4] every document type's kinds are disjoint across its maps, and each kind finds its map", () => {
    for (const [type] of all) {
      for (const map of mapNames(type)) for (const kind of type.maps[map] ?? []) expect(mapOfKind(type, kind)).toBe(map);
    }
    expect(mapOfKind(CHAPTER_DOCUMENT, "ballot")).toBeUndefined();
    expect(mapOfKind(BALLOT_BOX_DOCUMENT, "ballot")).toBe("ballots");
  });

  it("[D1] a document type with a kind in two maps, a reserved map name or a broken migration chain is refused", () => {
    const step = { from: 0, to: 1, apply: () => undefined };
    expect(() => defineDocumentType({ name: "x", schema: 1, maps: { a: ["k"], b: ["k"] }, migrations: [step] })).toThrow(/two maps/);
    expect(() => defineDocumentType({ name: "x", schema: 1, maps: { unsigned: ["k"] }, migrations: [step] })).toThrow(/reserved/);
    expect(() => defineDocumentType({ name: "x", schema: 2, maps: { a: ["k"] }, migrations: [step] })).toThrow(/reach schema 2/);
  });

  it("[D2] the proposal draft is unsigned Automerge text that two members can edit concurrently", () => {
    const alice = createProposalDoc("We should meet.", { actor: "aaaa" });
    let bob = A.clone(alice, "bbbb");
    const aliceEdited = A.change(alice, (d) => A.splice(d, ["unsigned", "draft"], 0, 0, "Proposal: "));
    bob = A.change(bob, (d) => A.splice(d, ["unsigned", "draft"], 14, 0, " weekly"));
    const merged = A.merge(A.clone(aliceEdited), bob);
    expect(merged.unsigned.draft).toBe("Proposal: We should meet weekly.");
    expect(merged.versions).toEqual({});
  });

  it("[D1] the ballot box's hint of what it is for sits in the unsigned map", () => {
    const doc = createBallotBoxDoc({ open: id, chapter: id as ChapterId, shard: 3 });
    expect(doc.unsigned.about).toEqual({ open: id, chapter: id, shard: 3 });
    expect(doc.ballots).toEqual({});
  });
});
