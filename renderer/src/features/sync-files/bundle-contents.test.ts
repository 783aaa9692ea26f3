import * as A from "@automerge/automerge";
import {
  createAttachmentDoc,
  createBallotBoxDoc,
  createChapterDoc,
  createHomeDoc,
  createOrganisationDoc,
  createProposalDoc,
} from "@chapterhouse/crdt/documents";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { countKinds, guessKind } from "./bundle-contents.js";

describe("what a bundle holds", () => {
  it("[B5] counts documents by kind", () => {
    expect(countKinds([{ kind: "organisation" }, { kind: "chapter" }, { kind: "chapter" }, { kind: "ballot-box" }])).toEqual({ organisation: 1, chapter: 2, proposal: 0, "ballot-box": 1, attachment: 0, other: 0 });
    expect(countKinds([])).toEqual({ organisation: 0, chapter: 0, proposal: 0, "ballot-box": 0, attachment: 0, other: 0 });
  });

  it("[B5] tells each document type apart by its record maps, and anything else is other", () => {
    expect(guessKind(createOrganisationDoc())).toBe("organisation");
    expect(guessKind(createChapterDoc())).toBe("chapter");
    expect(guessKind(createProposalDoc())).toBe("proposal");
    expect(guessKind(createBallotBoxDoc({ chapter: "c" as ChapterId, shard: 0, open: "o" as RecordId }))).toBe("ballot-box");
    expect(guessKind(createAttachmentDoc(new Uint8Array([1, 2, 3])))).toBe("attachment");
    expect(guessKind(createHomeDoc())).toBe("other");
    expect(guessKind(A.init())).toBe("other");
    expect(guessKind(null)).toBe("other");
  });
});
