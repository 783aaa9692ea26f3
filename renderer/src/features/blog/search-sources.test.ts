import type { BlogPost } from "@chapterhouse/crdt/blog";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { postSearchItems } from "./search-sources.js";

const north = "north" as ChapterId;
const post = (id: string, title: string, decisions: readonly string[] = []): BlogPost => ({ id: id as RecordId, chapter: north, title, author: "alice" as MemberKey, at: 7, decisions: decisions as RecordId[], shares: [], adoptions: [] });

describe("what the blog gives search (issue 12 item 8)", () => {
  it("[SEARCH4] a post is found by its title as a post, one citing decisions as a lesson (BL2)", () => {
    expect(postSearchItems([post("b1", "Our first strike"), post("b2", "What the rent strike taught us", ["d1"])], "Org")).toEqual([
      { key: "b1", kind: "post", chapter: north, title: "Our first strike", text: "", href: "#/org/Org/chapter/north/post/b1", at: 7 },
      { key: "b2", kind: "lesson", chapter: north, title: "What the rent strike taught us", text: "", href: "#/org/Org/chapter/north/post/b2", at: 7 },
    ]);
  });
});
