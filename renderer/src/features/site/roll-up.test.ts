import type { ChapterRoster, Level, Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { ALL, rollUp } from "./roll-up.js";

/** A roster of chapters named by id, each `[id, level, parent]`. */
function rosterOf(chapters: readonly (readonly [string, Level, string | null])[]): Roster {
  const entries = chapters.map(([id, level, parent]) => {
    const children = chapters.filter((c) => c[2] === id).map((c) => c[0] as ChapterId);
    return [id as ChapterId, { id, name: id, level, parent, children } as unknown as ChapterRoster] as const;
  });
  return { chapters: new Map(entries) };
}

// A country with a region, two cities (one in the region) and their neighbourhoods; another country beside it.
const ROSTER = rosterOf([
  ["root", "international", null],
  ["es", "country", "root"],
  ["fr", "country", "root"],
  ["cat", "region", "es"],
  ["bcn", "city", "cat"],
  ["mad", "city", "es"],
  ["gracia", "neighbourhood", "bcn"],
  ["lavapies", "neighbourhood", "mad"],
  ["paris", "city", "fr"],
]);
const post = (id: string, chapter: string) => ({ id, chapter: chapter as ChapterId });
const POSTS = [post("p1", "gracia"), post("p2", "es"), post("p3", "lavapies"), post("p4", "paris"), post("p5", "bcn"), post("p6", "cat")];
const ids = (items: readonly { readonly id: string }[]) => items.map((item) => item.id);

describe("a parent chapter's page rolls up its sub-chapters' activity", () => {
  it("[SH2] rolls up every chapter below, at every depth, and neither its own items nor those elsewhere in the tree", () => {
    const all = rollUp(ROSTER, "es" as ChapterId, POSTS, ALL, ALL);
    expect(ids(all.items)).toEqual(["p1", "p3", "p5", "p6"]);
    expect(all.levels).toEqual(["region", "city", "neighbourhood"]);
  });

  it("[SH2] filtered by level, keeps the chapters of that level only, and offers them as the chapter filter's choices", () => {
    const cities = rollUp(ROSTER, "es" as ChapterId, POSTS, "city", ALL);
    expect(ids(cities.items)).toEqual(["p5"]);
    expect(cities.chapters.map((entry) => entry.id)).toEqual(["bcn", "mad"]);
    expect(ids(rollUp(ROSTER, "es" as ChapterId, POSTS, "neighbourhood", ALL).items)).toEqual(["p1", "p3"]);
  });

  it("[SH2] filtered by chapter, keeps that chapter's items only, not those of the chapters below it", () => {
    const madrid = rollUp(ROSTER, "es" as ChapterId, POSTS, ALL, "lavapies");
    expect(ids(madrid.items)).toEqual(["p3"]);
    expect(madrid.chosen).toBe("lavapies");
    expect(ids(rollUp(ROSTER, "es" as ChapterId, POSTS, ALL, "cat").items)).toEqual(["p6"]);
  });

  it("[SH2] a chapter chosen that is not at the level chosen, or not below, counts as every chapter of that level", () => {
    const cities = rollUp(ROSTER, "es" as ChapterId, POSTS, "neighbourhood", "bcn");
    expect(cities.chosen).toBe(ALL);
    expect(ids(cities.items)).toEqual(["p1", "p3"]);
    expect(ids(rollUp(ROSTER, "es" as ChapterId, POSTS, ALL, "paris").items)).toEqual(["p1", "p3", "p5", "p6"]);
  });

  it("[SH2] a chapter with none below rolls up nothing and offers no filter", () => {
    const none = rollUp(ROSTER, "gracia" as ChapterId, POSTS, ALL, ALL);
    expect(none).toEqual({ levels: [], chapters: [], chosen: ALL, items: [] });
  });
});
