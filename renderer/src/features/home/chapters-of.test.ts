import type { ChapterRoster, Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { chaptersOf } from "./chapters-of.js";
import { placeOf } from "./place-of.js";

const ME = "me" as MemberKey;

function roster(chapters: readonly [id: string, parent: string | null, members: readonly string[]][]): Roster {
  const entries = chapters.map(([id, parent, members]) => [
    id as ChapterId,
    { id, name: `Chapter ${id}`, parent, members: new Map(members.map((key) => [key, { key, grant: "g", founder: false }])) } as unknown as ChapterRoster,
  ] as const);
  return { chapters: new Map(entries) };
}

describe("chaptersOf", () => {
  it("[M11.1] a member belongs to each chapter they are a direct member of and every chapter above it, not to its siblings or children", () => {
    const tree = roster([
      ["int", null, []],
      ["es", "int", []],
      ["vlc", "es", [ME]],
      ["ruz", "vlc", []],
      ["fr", "int", ["other"]],
    ]);
    expect(chaptersOf(tree, ME)).toEqual(["int", "es", "vlc"]);
    expect(chaptersOf(tree, "stranger" as MemberKey)).toEqual([]);
  });
});

describe("placeOf", () => {
  it("[HOME3] an item's place is the chapters from the root down to its own", () => {
    const tree = roster([
      ["int", null, []],
      ["es", "int", []],
      ["vlc", "es", [ME]],
    ]);
    expect(placeOf(tree, "vlc" as ChapterId).map((step) => step.name)).toEqual(["Chapter int", "Chapter es", "Chapter vlc"]);
    expect(placeOf(tree, "unknown" as ChapterId)).toEqual([]);
  });
});
