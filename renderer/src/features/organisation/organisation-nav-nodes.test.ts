import type { ChapterRoster, Level, Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { navAncestorIds, organisationNavNodes } from "./organisation-nav-nodes.js";

/** A roster of chapters named by id, each `[id, name, level, parent]`. */
function rosterOf(chapters: readonly (readonly [string, string, Level, string | null])[]): Roster {
  const entries = chapters.map(([id, name, level, parent]) => {
    const children = chapters.filter((c) => c[3] === id).map((c) => c[0] as ChapterId);
    return [id as ChapterId, { id, name, level, parent, children } as unknown as ChapterRoster] as const;
  });
  return { chapters: new Map(entries) };
}

const compare = (a: string, b: string) => a.localeCompare(b, "en");
const ROSTER = rosterOf([
  ["root", "Harbour Co-op", "international", null],
  ["es", "Spain", "country", "root"],
  ["cl", "Chile", "country", "root"],
  ["vlc", "Valencia", "city", "es"],
]);

describe("the navigation's tree of organisations and chapters", () => {
  it("shows each organisation as its root chapter, with the chapters under it by name, each leading to its page", () => {
    const [harbour] = organisationNavNodes([{ id: "ORG", name: "Harbour Co-op", root: "root" as ChapterId, roster: ROSTER }], compare);
    expect(harbour).toEqual({
      id: "ORG/root",
      label: "Harbour Co-op",
      href: "#/org/ORG/chapter/root",
      children: [
        { id: "ORG/cl", label: "Chile", href: "#/org/ORG/chapter/cl" },
        { id: "ORG/es", label: "Spain", href: "#/org/ORG/chapter/es", children: [{ id: "ORG/vlc", label: "Valencia", href: "#/org/ORG/chapter/vlc" }] },
      ],
    });
  });

  it("shows an organisation not read yet by its Home name, leading to its root chapter or, with no root known, to its address", () => {
    expect(organisationNavNodes([{ id: "A", name: "Riverside", root: "r" as ChapterId, roster: undefined }], compare)).toEqual([{ id: "A/r", label: "Riverside", href: "#/org/A/chapter/r" }]);
    expect(organisationNavNodes([{ id: "B", name: "Night Market", root: undefined, roster: undefined }], compare)).toEqual([{ id: "B", label: "Night Market", href: "#/org/B" }]);
  });

  it("opens the ancestors of the chapter shown, not the chapter itself", () => {
    expect(navAncestorIds("ORG", ROSTER, "vlc" as ChapterId)).toEqual(["ORG/es", "ORG/root"]);
    expect(navAncestorIds("ORG", ROSTER, "root" as ChapterId)).toEqual([]);
  });
});
