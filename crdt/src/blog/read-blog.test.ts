import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { hideDraft, messageDraft } from "../chat/chat-records.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { threadGenesis, threadPageUrl } from "../chat/thread-page-document.js";
import { createMemoryRecordStore } from "../chokepoint/memory-record-store.js";
import { heldRecords, rememberRecords } from "../chokepoint/remember-records.js";
import { readSnapshot, acceptAll } from "../chokepoint/read-document.js";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { writeBack } from "../chokepoint/write-back.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import { THREAD_DOCUMENT, type ThreadDoc } from "../documents/thread.js";
import { canonicalize } from "../records/canonical.js";
import type { DocumentUrl, RecordId } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import type { Verifier } from "../verify/verifier.js";
import { postDraft } from "./blog-records.js";
import { postParts } from "./post-room.js";
import type { SignedRead } from "../report/read-proposals.js";
import { readBlog, readPost } from "./read-blog.js";
import { blogOrganisation, chapterDoc } from "./test-helpers/blog-organisation.js";
import { blogVectorRecords, type BlogVectorRecords } from "./test-helpers/blog-vector-records.js";

let s: ChatScenario;
let v: BlogVectorRecords;
let verifier: Verifier;
beforeAll(async () => {
  s = await chatScenario();
  v = await blogVectorRecords(s);
  verifier = await createVerifier();
});

const inNorth = () => v.posts.filter((entry) => entry.chapter === "north").map((entry) => entry.record);
const inRoot = () => v.posts.filter((entry) => entry.chapter === "root").map((entry) => entry.record);
const note = (prefix: string) => v.posts.find((entry) => entry.note.startsWith(prefix))!.record;

/** A device's copy of a post's page 0, from the shared genesis (CH9.2), `origin` and `messages` holding the texts given. */
function page(
  actor: string,
  origin: readonly { id: string; text: string }[],
  messages: readonly { id: string; text: string }[],
): A.Doc<ThreadDoc> {
  return A.change(A.load<ThreadDoc>(threadGenesis(), { actor }), (d) => {
    for (const { id, text } of origin) d.origin[id] = new A.ImmutableString(text);
    for (const { id, text } of messages) d.messages[id] = new A.ImmutableString(text);
  });
}
const at = (post: RecordId, doc: A.Doc<ThreadDoc>) => [
  { n: 0, url: threadPageUrl(post, 0), snapshot: snapshotDocument(THREAD_DOCUMENT, doc) },
];
const lessonOrg = () =>
  blogOrganisation(
    s,
    { posts: inNorth(), decisions: [v.decision], proposals: [v.decided] },
    { posts: inRoot(), proposals: [v.adopting] },
  );

describe("a chapter's blog (BL1–BL4, BL6)", () => {
  it("[BL2] [BL6] each chapter's valid posts are listed newest first; a post citing a decision of its chapter is a lesson", async () => {
    const blog = await readBlog(lessonOrg(), verifier, new VerifiedCache());
    expect(blog.posts.map((post) => [post.title, post.chapter, post.author, post.decisions])).toEqual([
      ["Spring cleaning on Saturday", s.north, s.key("bob"), []],
      ["What sharing tools taught us", s.north, s.key("carol"), [v.decision.id]],
    ]);
  });

  it("[BL1.1] [BL1.3] [BL1.4] [BL2.2] a malformed title, another chapter's post, a non-member's or an above-only member's post, and a lesson citing a decision not held are each refused with their rule", async () => {
    const verdicts = (await readBlog(lessonOrg(), verifier, new VerifiedCache())).verdicts.get(s.north)!;
    expect(verdicts.get(note("BL1.1").id)).toEqual({
      status: "malformed",
      detail: "[BL1.1] title has a space at its start or end",
    });
    expect(verdicts.get(note("BL1.3").id)).toMatchObject({
      status: "wrong-context",
      detail: expect.stringMatching(/^\[BL1\.3\]/),
    });
    expect(verdicts.get(note("BL1.4: a post by erin").id)).toMatchObject({
      status: "ineligible-signer",
      detail: expect.stringMatching(/^\[BL1\.4\]/),
    });
    expect(verdicts.get(note("BL1.4: a post by dave").id)).toMatchObject({ status: "ineligible-signer" });
    expect(verdicts.get(note("BL2.2").id)).toMatchObject({
      status: "missing-deps",
      detail: expect.stringMatching(/^\[BL2\.2\]/),
    });
  });

  it("[BL3] [BL4] [BL6] a lesson shared up the tree and adopted there shows its one share and its adoption; other claims are refused", async () => {
    const blog = await readBlog(lessonOrg(), verifier, new VerifiedCache());
    const lesson = blog.posts.find((post) => post.id === v.lesson.id)!;
    expect(lesson.shares).toEqual([
      { id: note("BL3: carol").id, chapter: s.root, by: s.key("carol"), at: note("BL3: carol").envelope.at },
    ]);
    expect(lesson.adoptions).toEqual([
      {
        id: note("BL4: dave").id,
        chapter: s.root,
        proposal: v.adopting.id,
        by: s.key("dave"),
        at: note("BL4: dave").envelope.at,
      },
    ]);
    const verdicts = blog.verdicts.get(s.root)!;
    expect(verdicts.get(note("BL3.3: bob shares").id)).toEqual({ status: "valid", detail: "" });
    expect(verdicts.get(note("BL3.2").id)).toMatchObject({
      status: "ineligible-signer",
      detail: expect.stringMatching(/^\[BL1\.4\]/),
    });
    expect(verdicts.get(note("BL3.3: a share of a post").id)).toMatchObject({
      status: "missing-deps",
      detail: expect.stringMatching(/^\[BL3\.3\]/),
    });
    expect(verdicts.get(note("BL4.2").id)).toMatchObject({
      status: "ineligible-signer",
      detail: expect.stringMatching(/^\[BL4\.2\]/),
    });
    expect(verdicts.get(note("BL4.1").id)).toEqual({
      status: "malformed",
      detail: "[BL1.1] from is the chapter itself",
    });
  });

  it("[BL2] [D3.6] a forged post (bob's title under carol's key) is never listed, and its signature is what the chokepoint refuses", async () => {
    const genuine = await s.sign(
      "bob",
      postDraft({ chapter: s.north, title: "Carol resigns", decisions: [] }, [s.grants.bob]),
      120,
    );
    const text = canonicalize({ ...genuine.envelope, signer: s.key("carol") });
    const forged = { id: recordIdOf(text), text };
    const north = A.change(chapterDoc(s, {}, true), (d) => {
      d.posts[forged.id] = new A.ImmutableString(forged.text);
    });
    const blog = await readBlog(blogOrganisation(s, north), verifier, new VerifiedCache());
    expect(blog.posts).toEqual([]);
    const read = await readSnapshot(CHAPTER_DOCUMENT, snapshotDocument(CHAPTER_DOCUMENT, north), verifier, {
      authorise: acceptAll,
    });
    expect(read.rejections).toEqual([
      expect.objectContaining({ map: "posts", key: forged.id, reason: "bad-signature" }),
    ]);
  });

  it("[BL5.2] [D9] a vandal deleting posts from the chapter's document is repaired by write-back from a device that held them", async () => {
    const url = "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e" as DocumentUrl;
    const mine = chapterDoc(s, { posts: inNorth(), decisions: [v.decision], proposals: [v.decided] }, true);
    const first = await readSnapshot(CHAPTER_DOCUMENT, snapshotDocument(CHAPTER_DOCUMENT, mine), verifier, {
      authorise: acceptAll,
    });
    const store = createMemoryRecordStore();
    await rememberRecords(store, url, first);
    const vandal = A.change(A.clone(mine, { actor: "bbbb" }), (d) => {
      for (const key of Object.keys(d.posts)) delete d.posts[key];
    });
    const damaged = await readBlog(blogOrganisation(s, vandal), verifier, new VerifiedCache());
    expect(damaged.posts).toEqual([]);
    const { doc, repaired } = writeBack(
      CHAPTER_DOCUMENT,
      A.clone(vandal),
      await heldRecords(store, CHAPTER_DOCUMENT, url),
    );
    expect([...repaired].sort()).toEqual(
      inNorth()
        .map((record) => record.id)
        .sort(),
    );
    const again = await readBlog(blogOrganisation(s, A.merge(vandal, doc)), verifier, new VerifiedCache());
    expect(again.posts.map((post) => post.title)).toEqual([
      "Spring cleaning on Saturday",
      "What sharing tools taught us",
    ]);
  });
});

describe("a post's text and comments (BL5)", () => {
  const lessonPage = async (messages: readonly { id: string; text: string }[], origin = true) =>
    readPost(
      lessonOrg(),
      v.lesson.id,
      at(v.lesson.id, page("aaaa", origin ? [v.lesson] : [], messages)),
      0,
      verifier,
      new VerifiedCache(),
    );

  it("[BL5] the post's text is its author's first message and the others are comments; its creation record is put back on page 0 when missing", async () => {
    const comment = await s.sign(
      "bob",
      messageDraft({ scope: v.lesson.id, text: "Good to know." }, [s.grants.bob]),
      130,
    );
    const text = await s.sign(
      "carol",
      messageDraft({ scope: v.lesson.id, text: "We lent **every** tool." }, [s.grants.carol]),
      131,
    );
    const later = await s.sign(
      "carol",
      messageDraft({ scope: v.lesson.id, text: "Thanks, bob." }, [s.grants.carol]),
      132,
    );
    const read = await lessonPage([comment, text, later], false);
    expect(read.post?.title).toBe("What sharing tools taught us");
    const parts = postParts(read.post!, read.timeline.messages);
    expect(parts.text?.text).toBe("We lent **every** tool.");
    expect(parts.comments.map((m) => m.text)).toEqual(["Good to know.", "Thanks, bob."]);
    expect(read.creation?.id).toBe(v.lesson.id);
  });

  it("[BL5] [CH10.4] a forged comment (carol's words under bob's key) is shown as a comment that could not be verified, never as bob's", async () => {
    const genuine = await s.sign(
      "carol",
      messageDraft({ scope: v.lesson.id, text: "Bob will pay for the tools" }, [s.grants.carol]),
      130,
    );
    const forgedText = canonicalize({ ...genuine.envelope, signer: s.key("bob") });
    const read = await lessonPage([{ id: recordIdOf(forgedText), text: forgedText }]);
    expect(read.timeline.messages).toEqual([]);
    expect(read.unverified).toBe(1);
  });

  it("[BL5.2] [D9] a vandal deleting a post's text and comments from its page is repaired by write-back", async () => {
    const messages = await Promise.all(
      ["The text", "A comment"].map((text, n) =>
        s.sign(
          n === 0 ? "carol" : "bob",
          messageDraft({ scope: v.lesson.id, text }, [n === 0 ? s.grants.carol : s.grants.bob]),
          130 + n,
        ),
      ),
    );
    const url = threadPageUrl(v.lesson.id, 0);
    const mine = page("aaaa", [v.lesson], messages);
    const first = await readPost(
      lessonOrg(),
      v.lesson.id,
      at(v.lesson.id, mine),
      0,
      verifier,
      new VerifiedCache(),
    );
    const store = createMemoryRecordStore();
    await rememberRecords(store, url, first.pages.get(0)!);
    const vandal = A.change(A.merge(A.load<ThreadDoc>(threadGenesis(), { actor: "bbbb" }), mine), (d) => {
      for (const message of messages) delete d.messages[message.id];
    });
    expect(
      (await readPost(lessonOrg(), v.lesson.id, at(v.lesson.id, vandal), 0, verifier, new VerifiedCache()))
        .timeline.messages,
    ).toEqual([]);
    const { doc } = writeBack(
      THREAD_DOCUMENT,
      A.clone(vandal),
      await heldRecords(store, THREAD_DOCUMENT, url),
    );
    const again = await readPost(
      lessonOrg(),
      v.lesson.id,
      at(v.lesson.id, A.merge(vandal, doc)),
      0,
      verifier,
      new VerifiedCache(),
    );
    expect(again.timeline.messages.map((m) => m.text)).toEqual(["The text", "A comment"]);
  });

  it("[BL5.3] [CH8.2] a post's text a moderator hides is shown hidden with the reason and its text kept, never erased", async () => {
    const text = await s.sign(
      "bob",
      messageDraft({ scope: note("BL2: a post that").id, text: "Everyone else is lazy" }, [s.grants.bob]),
      130,
    );
    const hidden = await s.sign(
      "carol",
      hideDraft(
        { scope: note("BL2: a post that").id, target: text.id, reason: "Insults members", hidden: true },
        [s.moderator, s.grants.carol],
      ),
      131,
    );
    const news = note("BL2: a post that");
    const read = await readPost(
      lessonOrg(),
      news.id,
      at(news.id, page("aaaa", [news], [text, hidden])),
      0,
      verifier,
      new VerifiedCache(),
    );
    const parts = postParts(read.post!, read.timeline.messages);
    expect(parts.text).toEqual(
      expect.objectContaining({
        text: "Everyone else is lazy",
        hidden: expect.objectContaining({ by: s.key("carol"), reason: "Insults members" }),
      }),
    );
  });

  it("[BL5] a post that is not valid (a non-member's) is no room: its messages are read as nothing", async () => {
    const forged = note("BL1.4: a post by erin");
    const message = await s.sign("erin", messageDraft({ scope: forged.id, text: "Click here" }, []), 130);
    const read = await readPost(
      lessonOrg(),
      forged.id,
      at(forged.id, page("aaaa", [forged], [message])),
      0,
      verifier,
      new VerifiedCache(),
    );
    expect(read.post).toBeNull();
    expect(read.timeline.messages).toEqual([]);
  });
});

describe("the blog over a device's own read of each document", () => {
  it("[BL6] [D3] a device's kept read of each document (the chokepoint with acceptAll, kept from before) gives the same blog, each document read through it once", async () => {
    const organisation = lessonOrg();
    const asked: string[] = [];
    const kept: SignedRead = (document) => {
      asked.push(document.url);
      return readSnapshot(document.type, document.snapshot, verifier, { verified: new VerifiedCache(), authorise: acceptAll });
    };
    const expected = await readBlog(organisation, verifier, new VerifiedCache());
    expect(await readBlog(organisation, verifier, new VerifiedCache(), kept)).toEqual(expected);
    expect(asked).toEqual([organisation.organisation.url, ...organisation.chapters.map((chapter) => chapter.url)]);
    expect(expected.posts.length).toBeGreaterThan(0);
  });
});
