import type { ChapterId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { SearchItem } from "../../shared/routing/search-sources.js";
import { buildSearchIndex, searchIndex } from "./search-index.js";

const riverside = "riverside" as ChapterId;
const city = "city" as ChapterId;
const item = (key: string, kind: string, chapter: ChapterId | null, title: string, text = ""): SearchItem => ({ key, kind, chapter, title, text, href: `#/${key}`, at: 0 });

const items = [
  item("p1", "proposal", riverside, "Repair the boiler before winter", "The landlord refuses; we pay and deduct."),
  item("p2", "proposal", city, "Rent strike in March"),
  item("t1", "topic", riverside, "Boiler repairs: who knows a plumber?"),
  item("e1", "event", city, "Reunión de la asamblea", "En el local de la calle Mayor"),
  item("m1", "message", null, "Bring the minutes on Thursday"),
];
const keysOf = (groups: ReturnType<typeof searchIndex>) => groups.flatMap((group) => group.hits.map((hit) => hit.key));

describe("the search index (issue 12 item 8)", () => {
  const index = buildSearchIndex(items);

  it("[SEARCH1] a word's beginning finds it (prefix): 'boil' finds the proposal and the topic", () => {
    expect(keysOf(searchIndex(index, "boil")).sort()).toEqual(["p1", "t1"]);
  });

  it("[SEARCH1] a typo still finds it (fuzzy): 'boyler' and 'mintes' find what they mean", () => {
    expect(keysOf(searchIndex(index, "boyler")).sort()).toEqual(["p1", "t1"]);
    expect(keysOf(searchIndex(index, "mintes"))).toEqual(["m1"]);
  });

  it("[SEARCH1] accents and case are ignored: 'REUNION' finds 'Reunión'; every word must match", () => {
    expect(keysOf(searchIndex(index, "REUNION"))).toEqual(["e1"]);
    expect(keysOf(searchIndex(index, "boiler winter"))).toEqual(["p1"]);
  });

  it("[SEARCH2] results are grouped by kind and chapter, the group of the best match first", () => {
    const groups = searchIndex(buildSearchIndex([...items, item("t2", "topic", city, "The city's boiler fund")]), "boiler");
    expect(groups.map(({ kind, chapter }) => `${kind} ${chapter}`).sort()).toEqual(["proposal riverside", "topic city", "topic riverside"]);
    const best = groups.map((group) => group.hits[0]!.score);
    expect(best).toEqual([...best].sort((a, b) => b - a));
    const everything = searchIndex(buildSearchIndex([...items, item("p3", "proposal", riverside, "Boiler boiler boiler")]), "boiler");
    expect(everything[0]).toMatchObject({ kind: "proposal", chapter: riverside });
    expect(everything[0]!.hits.map((hit) => hit.key)).toEqual(["p3", "p1"]);
  });

  it("[SEARCH3] blank text finds nothing; an item given twice is indexed once; an item no longer given is not found once the index is rebuilt", () => {
    expect(searchIndex(index, "   ")).toEqual([]);
    expect(keysOf(searchIndex(buildSearchIndex([...items, items[1]!]), "strike"))).toEqual(["p2"]);
    expect(keysOf(searchIndex(buildSearchIndex(items.filter((one) => one.key !== "p2")), "strike"))).toEqual([]);
  });
});
