import type { AidPost } from "@chapterhouse/crdt/aid";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { filterAid, type AidFilters } from "./filter-aid.js";

const ALL: AidFilters = { chapter: null, level: null, kind: null, category: null, mine: null, met: false, near: null };
const post = (id: string, fields: Partial<AidPost> & { readonly category?: AidPost["body"]["category"]; readonly place?: AidPost["body"]["place"] }): AidPost => ({
  id: id as RecordId,
  kind: "aid-request",
  author: "ana" as MemberKey,
  at: 1,
  chapter: "north" as ChapterId,
  level: "neighbourhood",
  met: null,
  ...fields,
  body: { kind: fields.kind ?? "aid-request", chapter: (fields.chapter ?? "north") as ChapterId, for: "chapter", category: fields.category ?? "food", what: id, place: fields.place ?? null, when: "" },
});
/** A post at a snapped point (AID2.3), in hundredths of a degree. */
const at = (id: string, lat: number, lon: number) => post(id, { place: { name: id, lat, lon } });
const posts = [
  post("lift", { category: "transport" }),
  post("van", { kind: "aid-offer", author: "bo" as MemberKey, chapter: "city" as ChapterId, level: "city", category: "transport" }),
  post("soup", { met: { id: "m" as RecordId, at: 2, thanks: "Thanks!" } }),
];
const member = { memberOf: new Set(["north", "city"] as ChapterId[]) };
const ids = (filters: Partial<AidFilters>) => filterAid(posts, { ...ALL, ...filters }, member).map((entry) => entry.id);

describe("the board's filters (PROTOCOL.md AID5.3)", () => {
  it("[AID5.3] by chapter, level, offer or request, kind of help and the member's own; met ones only when asked, in the board's order", () => {
    expect(ids({})).toEqual(["lift", "van"]);
    expect(ids({ met: true })).toEqual(["lift", "van", "soup"]);
    expect(ids({ chapter: "city" as ChapterId })).toEqual(["van"]);
    expect(ids({ level: "neighbourhood", met: true })).toEqual(["lift", "soup"]);
    expect(ids({ kind: "aid-offer" })).toEqual(["van"]);
    expect(ids({ category: "transport", kind: "aid-request" })).toEqual(["lift"]);
    expect(ids({ mine: "ana" as MemberKey, met: true })).toEqual(["lift", "soup"]);
    expect(ids({ mine: "cy" as MemberKey })).toEqual([]);
  });

  it("[AID5.3] a post for a chapter's members shows only to its members; one for the whole organisation to everyone", () => {
    const outsider = { memberOf: new Set(["city"] as ChapterId[]) };
    const open = post("bikes", { chapter: "north" as ChapterId });
    const everyone = { ...open, id: "everyone" as RecordId, body: { ...open.body, for: "organisation" as const } };
    expect(filterAid([open, everyone], ALL, outsider).map((entry) => entry.id)).toEqual(["everyone"]);
    expect(filterAid([open, everyone], ALL, member).map((entry) => entry.id)).toEqual(["bikes", "everyone"]);
  });

  it("[AID5.3] within N km of a point: by great-circle distance from the post's snapped point; a post with no point, or a name only, is outside", () => {
    // Trafalgar Square (51.51, -0.13); Greenwich 7.8 km away; Oxford 83 km; Paris 343 km.
    const placed = [at("greenwich", 5148, 0), at("oxford", 5175, -126), at("paris", 4886, 235), post("nowhere", {}), post("named", { place: { name: "Soho", lat: null, lon: null } })];
    const near = (km: number) => filterAid(placed, { ...ALL, near: { point: { lat: 51.508, lon: -0.128 }, km } }, member).map((entry) => entry.id);
    expect(near(5)).toEqual([]);
    expect(near(10)).toEqual(["greenwich"]);
    expect(near(100)).toEqual(["greenwich", "oxford"]);
    expect(near(1_000)).toEqual(["greenwich", "oxford", "paris"]);
    expect(filterAid(placed, ALL, member).map((entry) => entry.id)).toEqual(["greenwich", "oxford", "paris", "nowhere", "named"]);
  });
});
