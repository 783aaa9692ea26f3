import type { ChapterId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { sortHomeItems, type PlacedItem } from "./sort-home-items.js";

const INTERNATIONAL = { id: "c-int" as ChapterId, name: "International" };
const CITY = { id: "c-city" as ChapterId, name: "Valencia" };
const HOOD = { id: "c-hood" as ChapterId, name: "Ruzafa" };

function item(key: string, at: number, place: PlacedItem["place"], organisation = "org1"): PlacedItem {
  return { key, chapter: place.at(-1)!.id, title: key, href: `#/${key}`, at, organisation, place };
}

describe("sortHomeItems", () => {
  it("[HOME1] lists the votes closing soonest first", () => {
    const items = [item("later", 3_000, [INTERNATIONAL]), item("sooner", 1_000, [INTERNATIONAL]), item("middle", 2_000, [INTERNATIONAL])];
    expect(sortHomeItems(items, "soonest").map((i) => i.key)).toEqual(["sooner", "middle", "later"]);
  });

  it("[HOME1] at an equal closing time lists the member's own neighbourhood before the international (the deeper chapter first)", () => {
    const items = [item("international", 1_000, [INTERNATIONAL]), item("hood", 1_000, [INTERNATIONAL, CITY, HOOD]), item("city", 1_000, [INTERNATIONAL, CITY])];
    expect(sortHomeItems(items, "soonest").map((i) => i.key)).toEqual(["hood", "city", "international"]);
  });

  it("[HOME1] lists what is new latest first, deeper first at equal times, then by organisation and key, whatever order the items came in", () => {
    const items = [item("b", 5, [INTERNATIONAL], "org2"), item("old", 1, [INTERNATIONAL, CITY]), item("a", 5, [INTERNATIONAL], "org2"), item("c", 5, [INTERNATIONAL], "org1"), item("deep", 5, [INTERNATIONAL, CITY])];
    const expected = ["deep", "c", "a", "b", "old"];
    expect(sortHomeItems(items, "latest").map((i) => i.key)).toEqual(expected);
    expect(sortHomeItems([...items].reverse(), "latest").map((i) => i.key)).toEqual(expected);
  });
});
