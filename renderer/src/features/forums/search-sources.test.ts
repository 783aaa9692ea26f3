import type { ForumCategory, ForumTopic } from "@chapterhouse/crdt/forums";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { Repo } from "@automerge/automerge-repo";
import type { QueryContext } from "../../shared/documents/live-query.js";
import type { ForumAnswer, ForumRequest, TopicPosts, TopicRequest } from "./worker-handlers.js";
import { readForumPostSearchItems, readTopicSearchItems } from "./search-sources.js";

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

  it("[SEARCH4] [CH9.5] [FO5.4] the posts of the topics of the member's chapters are found by their words, titled by their topic, from page 0 and the newest page; what the worker leaves out (deleted, hidden) is never given; other chapters' topics are not opened", async () => {
    const boiler = ("t".repeat(42) + "A") as RecordId;
    const read: string[] = [];
    const worker = {
      forumForCalls: (request: ForumRequest) => Promise.resolve(request.chapter === north ? answer([category("c1", "Repairs")], [topic(boiler, "c1", "The boiler again", 5)]) : answer([], [topic("t2", "c1", "Elsewhere", 6)])),
      topicPosts(request: TopicRequest): Promise<TopicPosts> {
        read.push(`${request.pages.map((page) => page.n).join(",")} from ${request.from}`);
        // The worker gives only posts shown (FO5.4: a hidden post, CH5.3: a deleted one, never cross).
        const posts = request.from === 0 ? [{ id: "p1" as RecordId, author: "bob" as MemberKey, at: 8, text: "Call the plumber about the boiler" }] : [{ id: "p9" as RecordId, author: "carol" as MemberKey, at: 9, text: "Fixed at last" }];
        return Promise.resolve({ room: { timeline: { lastPage: 2 }, counts: new Map([[0, 50], [2, 3]]) }, posts });
      },
    };
    const query = { documents: (requests: readonly unknown[]) => Promise.resolve(requests.map(() => ({ state: "ready" }))) } as unknown as QueryContext;
    const items = await readForumPostSearchItems(worker, {} as Repo, { ...context, mine: [north], query });
    const href = `#/org/Org/chapter/north/topic/${boiler}`;
    expect(items).toEqual([
      { key: "p1", kind: "forum-post", chapter: north, title: "The boiler again: Call the plumber about the boiler", text: "Call the plumber about the boiler", href, at: 8 },
      { key: "p9", kind: "forum-post", chapter: north, title: "The boiler again: Fixed at last", text: "Fixed at last", href, at: 9 },
    ]);
    expect(read).toEqual(["0 from 0", "0,2 from 2"]);
  });
});
