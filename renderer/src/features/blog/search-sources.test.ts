import type { BlogPost } from "@chapterhouse/crdt/blog";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { Repo } from "@automerge/automerge-repo";
import type { QueryContext } from "../../shared/documents/live-query.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { BlogAnswer, PostRequest, PostWords } from "./worker-handlers.js";
import { postSearchItems, readPostSearchItems } from "./search-sources.js";

const north = "north" as ChapterId;
const post = (id: string, title: string, decisions: readonly string[] = []): BlogPost => ({ id: id as RecordId, chapter: north, title, author: "alice" as MemberKey, at: 7, decisions: decisions as RecordId[], shares: [], adoptions: [] });

describe("what the blog gives search (issue 12 item 8)", () => {
  it("[SEARCH4] a post is found by its title as a post, one citing decisions as a lesson (BL2)", () => {
    expect(postSearchItems([post("b1", "Our first strike"), post("b2", "What the rent strike taught us", ["d1"])], "Org")).toEqual([
      { key: "b1", kind: "post", chapter: north, title: "Our first strike", text: "", href: "#/org/Org/chapter/north/post/b1", at: 7 },
      { key: "b2", kind: "lesson", chapter: north, title: "What the rent strike taught us", text: "", href: "#/org/Org/chapter/north/post/b2", at: 7 },
    ]);
  });

  it("[SEARCH4] [BL5] a post of the member's chapters is found by its text, and each comment as a comment titled by its post, from page 0 and the newest page; another chapter's post by its title only; what the worker leaves out (deleted, hidden) is never given", async () => {
    const strike = post("s".repeat(42) + "A", "Our first strike");
    const south = { ...post("u".repeat(42) + "A", "Southern news"), chapter: "south" as ChapterId };
    const read: string[] = [];
    const word = (id: string, author: string, at: number, text: string) => ({ id: id as RecordId, author: author as MemberKey, at, text });
    const worker = {
      blogForSearch: () => Promise.resolve({ key: "k", posts: [strike, south], sites: new Map() } as BlogAnswer),
      postWords(request: PostRequest): Promise<PostWords> {
        read.push(`${request.post} ${request.pages.map((page) => page.n).join(",")} from ${request.from}`);
        const room = { timeline: { lastPage: 1 }, counts: new Map([[0, 50], [1, 2]]) };
        // BL5: the text is known from page 0; the worker gives only messages shown (CH5.3, CH8.2).
        return Promise.resolve(
          request.from === 0
            ? { room, text: word("x1", "alice", 7, "We stopped paying rent for the boiler"), comments: [word("c1", "bob", 8, "Proud of this")] }
            : { room, text: null, comments: [word("c9", "carol", 9, "Doing it in South next")] },
        );
      },
    };
    const query = { documents: (requests: readonly unknown[]) => Promise.resolve(requests.map(() => ({ state: "ready" }))) } as unknown as QueryContext;
    const context = { organisation: { url: "automerge:Org", chapters: [] }, mine: [north], query } as unknown as HomeReadContext;
    const items = await readPostSearchItems(worker, {} as Repo, context);
    const href = `#/org/Org/chapter/north/post/${strike.id}`;
    expect(items).toEqual([
      { key: strike.id, kind: "post", chapter: north, title: "Our first strike", text: "We stopped paying rent for the boiler", href, at: 7 },
      { key: "c1", kind: "comment", chapter: north, title: "Our first strike: Proud of this", text: "Proud of this", href, at: 8 },
      { key: "c9", kind: "comment", chapter: north, title: "Our first strike: Doing it in South next", text: "Doing it in South next", href, at: 9 },
      { key: south.id, kind: "post", chapter: "south", title: "Southern news", text: "", href: `#/org/Org/chapter/south/post/${south.id}`, at: 7 },
    ]);
    expect(read).toEqual([`${strike.id} 0 from 0`, `${strike.id} 0,1 from 1`]);
  });
});
