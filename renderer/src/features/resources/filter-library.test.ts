import type { ChapterResource } from "@chapterhouse/crdt/resources";
import { describe, expect, it } from "vitest";
import { filterLibrary } from "./filter-library.js";

const resource = (title: string, folder: string, tags: string[], description = ""): ChapterResource =>
  ({ id: title, author: "k", at: 1, chapter: "c", title, description, folder, tags, link: "https://example.org", file: null }) as unknown as ChapterResource;
const library = [resource("Tenants' guide", "Housing/Guides", ["rights"]), resource("Flyer", "Housing", ["print"], "Rent strike café"), resource("Minutes", "", [])];
const titles = (list: readonly ChapterResource[]) => list.map((entry) => entry.title);

describe("narrowing a chapter's library (RS5.1)", () => {
  it("[RS5.1] a folder shows what is filed in it and below it, not a folder whose name only begins the same", () => {
    expect(titles(filterLibrary(library, { folder: "Housing", tag: null, words: "" }))).toEqual(["Tenants' guide", "Flyer"]);
    expect(titles(filterLibrary([...library, resource("Other", "Housingx", [])], { folder: "Housing/Guides", tag: null, words: "" }))).toEqual(["Tenants' guide"]);
  });

  it("[RS5.1] a tag and words narrow it further, words ignoring case and accents", () => {
    expect(titles(filterLibrary(library, { folder: null, tag: "print", words: "" }))).toEqual(["Flyer"]);
    expect(titles(filterLibrary(library, { folder: null, tag: null, words: "CAFE rent" }))).toEqual(["Flyer"]);
    expect(titles(filterLibrary(library, { folder: null, tag: null, words: "nothing" }))).toEqual([]);
  });
});
