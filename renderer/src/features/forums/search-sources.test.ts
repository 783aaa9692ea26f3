import type { ForumCategory, ForumTopic } from "@chapterhouse/crdt/forums";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { ForumAnswer, ForumRequest } from "./worker-handlers.js";
import { readTopicSearchItems } from "./search-sources.js";

const north = "north" as ChapterId;
const south = "south" as ChapterId;
const category = (id: string, name: string): ForumCategory => ({ id: id as RecordId, name, about: "", creator: "bob" as MemberKey, at: 1 });
const topic = (id: string, categoryId: string, title: string, at: number): ForumTopic => ({ id: id as RecordId, category: categoryId as RecordId, title, author: "carol" as MemberKey, at, proposals: [] });
const answer = (categories: ForumCategory[], topics: ForumTopic[]): ForumAnswer => ({ key: "k", categories, topics, posting: "members" });
const context = {
  organisation: { url: "automerge:Org" as DocumentUrl, chapters: ["automerge:North" as DocumentUrl], roster: { chapters: new Map([[north, {}], [south, {}]]) } },
} as unknown as HomeReadContext;

describe("what the forum gives search (issue 12 item 8)", () => {
  it("[SEARCH4] every topic the chapters' forums list is found by its title and category; a chapter whose forum lists none gives nothing", async () => {
    const asked: ForumRequest[] = [];
    const worker = {
      forumForCalls(request: ForumRequest) {
        asked.push(request);
        // The forum's answer holds only valid topics (FO3, crdt's readForum): an invalid one never reaches search.
        return Promise.resolve(request.chapter === north ? answer([category("c1", "Repairs")], [topic("t1", "c1", "The boiler again", 5)]) : answer([], []));
      },
    };
    expect(await readTopicSearchItems(worker, context)).toEqual([{ key: "t1", kind: "topic", chapter: north, title: "The boiler again", text: "Repairs", href: "#/org/Org/chapter/north/topic/t1", at: 5 }]);
    expect(asked.map((request) => request.chapter)).toEqual([north, south]);
  });
});
