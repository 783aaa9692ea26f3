import * as A from "@automerge/automerge";
import {
  createBallotBoxDoc,
  createChapterDoc,
  createHomeDoc,
  createOrganisationDoc,
  createProposalDoc,
} from "@chapterhouse/crdt/documents";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { countKinds, describeCounts, guessKind } from "./bundle-contents.js";

describe("what a bundle holds, in words", () => {
  it("[B5] counts documents by kind and says so in a sentence", () => {
    const counts = countKinds([{ kind: "organisation" }, { kind: "chapter" }, { kind: "chapter" }, { kind: "ballot-box" }]);
    expect(describeCounts(counts)).toBe("1 organisation, 2 chapters and 1 ballot box");
    expect(describeCounts(countKinds([{ kind: "proposal" }]))).toBe("1 proposal");
    expect(describeCounts(countKinds([]))).toBe("no documents");
  });

  it("[B5] tells each document type apart by its record maps, and anything else is other", () => {
    expect(guessKind(createOrganisationDoc())).toBe("organisation");
    expect(guessKind(createChapterDoc())).toBe("chapter");
    expect(guessKind(createProposalDoc())).toBe("proposal");
    expect(guessKind(createBallotBoxDoc({ chapter: "c" as ChapterId, shard: 0, open: "o" as RecordId }))).toBe("ballot-box");
    expect(guessKind(createHomeDoc())).toBe("other");
    expect(guessKind(A.init())).toBe("other");
    expect(guessKind(null)).toBe("other");
  });
});
