import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { ChapterResource } from "@chapterhouse/crdt/resources";
import { describe, expect, it } from "vitest";
import { resourceSearchItems } from "./search-sources.js";

const north = "north" as ChapterId;
const resource = (id: string, title: string, changes: Partial<ChapterResource> = {}): ChapterResource => ({
  id: id as RecordId,
  chapter: north,
  title,
  description: "",
  folder: "",
  tags: [],
  link: null,
  file: null,
  author: "alice" as MemberKey,
  at: 3,
  history: [],
  heads: [],
  hidden: null,
  removed: null,
  ...changes,
});

describe("what resources give search (issue 12 item 8)", () => {
  it("[SEARCH4] a resource is found by its title, description, tags and file name", () => {
    const file = { document: "automerge:File" as DocumentUrl, name: "lease.pdf", type: "application/pdf", size: 10, hash: "h" } as unknown as ChapterResource["file"];
    expect(resourceSearchItems([resource("r1", "Model lease", { description: "For new tenants", tags: ["housing", "legal"], file }), resource("r2", "Union site", { link: "https://example.org" })], "Org")).toEqual([
      { key: "r1", kind: "resource", chapter: north, title: "Model lease", text: "For new tenants\nhousing\nlegal\nlease.pdf", href: "#/org/Org/chapter/north/resource/r1", at: 3 },
      { key: "r2", kind: "resource", chapter: north, title: "Union site", text: "", href: "#/org/Org/chapter/north/resource/r2", at: 3 },
    ]);
  });

  it("[RS9.2] a hidden resource gives search nothing: its words are shown only on request", () => {
    const hidden = { id: "h1" as RecordId, by: "carol" as MemberKey, at: 5, reason: "A scam" };
    expect(resourceSearchItems([resource("r1", "Cheap flats", { hidden }), resource("r2", "Union site")], "Org").map((item) => item.key)).toEqual(["r2"]);
  });
});
