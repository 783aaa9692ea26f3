import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { createMemoryRecordStore } from "../chokepoint/memory-record-store.js";
import { heldRecords, rememberRecords } from "../chokepoint/remember-records.js";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { writeBack } from "../chokepoint/write-back.js";
import { CHAPTER_DOCUMENT, createChapterDoc } from "../documents/chapter.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../documents/organisation.js";
import { addRecord } from "../documents/record-map.js";
import { THREAD_DOCUMENT, type ThreadDoc } from "../documents/thread.js";
import { hideDraft, messageDraft } from "../chat/chat-records.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { threadGenesis, threadPageUrl } from "../chat/thread-page-document.js";
import { proposalDraft } from "../proposals/proposal-records.js";
import { canonicalize } from "../records/canonical.js";
import type { DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import { recordIdOf, type ParsedRecord } from "../records/record.js";
import type { OrganisationSnapshots } from "../report/read-proposals.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import type { Verifier } from "../verify/verifier.js";
import { forumCategoryDraft, topicDraft, topicProposalDraft } from "./forum-records.js";
import { readForum, readTopic } from "./read-forum.js";

let s: ChatScenario;
let verifier: Verifier;
beforeAll(async () => {
  s = await chatScenario();
  verifier = await createVerifier();
});

/** The organisation's documents, North's Chapter document holding `posts` (and `proposals`). */
function organisation(posts: readonly ParsedRecord[], proposals: readonly ParsedRecord[] = []): OrganisationSnapshots {
  const [rootGenesis, northGenesis, ...governance] = s.governance;
  const documentOf = (genesis: ParsedRecord) => (genesis.envelope.body as { document: DocumentUrl }).document;
  const org = A.change(createOrganisationDoc(), (d) => [rootGenesis!, northGenesis!].forEach((record) => addRecord(d.chapters, record)));
  const north = A.change(createChapterDoc(), (d) => {
    for (const record of governance) addRecord(d.governance, record);
    for (const record of posts) addRecord(d.posts, record);
    for (const record of proposals) addRecord(d.proposals, record);
  });
  return {
    organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) },
    chapters: [{ url: documentOf(northGenesis!), snapshot: snapshotDocument(CHAPTER_DOCUMENT, north) }],
  };
}

/** A device's copy of a topic's page `n`, from the shared genesis (CH9.2), `origin` and `messages` holding the texts given. */
function page(actor: string, origin: readonly { id: string; text: string }[], messages: readonly { id: string; text: string }[]): A.Doc<ThreadDoc> {
  return A.change(A.load<ThreadDoc>(threadGenesis(), { actor }), (d) => {
    for (const { id, text } of origin) d.origin[id] = new A.ImmutableString(text);
    for (const { id, text } of messages) d.messages[id] = new A.ImmutableString(text);
  });
}

const at = (topic: RecordId, n: number, doc: A.Doc<ThreadDoc>) => ({ n, url: threadPageUrl(topic, n), snapshot: snapshotDocument(THREAD_DOCUMENT, doc) });

/** A category by bob and a topic in it by carol. */
async function repairs() {
  const category = await s.sign("bob", forumCategoryDraft({ chapter: s.north, name: "Repairs", about: "What needs fixing\nand who fixes it" }, [s.grants.bob]), 5);
  const topic = await s.sign("carol", topicDraft({ chapter: s.north, category: category.id, title: "The boiler again" }, [s.grants.carol]), 6);
  return { category, topic };
}

describe("a chapter's forum (FO)", () => {
  it("[FO2] [FO3] [FO6] the forum lists the chapter's valid categories by name and its topics newest first, with no post in them", async () => {
    const { category, topic } = await repairs();
    const garden = await s.sign("carol", forumCategoryDraft({ chapter: s.north, name: "Garden", about: "" }, [s.grants.carol]), 7);
    const later = await s.sign("bob", topicDraft({ chapter: s.north, category: garden.id, title: "Tomatoes" }, [s.grants.bob]), 9);
    const forum = await readForum(organisation([topic, later, category, garden]), s.north, verifier, new VerifiedCache());
    expect(forum.categories.map((c) => [c.name, c.about])).toEqual([["Garden", ""], ["Repairs", "What needs fixing\nand who fixes it"]]);
    expect(forum.topics.map((t) => [t.title, t.category, t.author])).toEqual([
      ["Tomatoes", garden.id, s.key("bob")],
      ["The boiler again", category.id, s.key("carol")],
    ]);
    expect([...forum.verdicts.values()].every((v) => v.status === "valid")).toBe(true);
  });

  it("[FO1.4] a category or topic by someone who is no member of the chapter or a chapter below it is refused; a member of a chapter below writes", async () => {
    const byErin = await s.sign("erin", forumCategoryDraft({ chapter: s.north, name: "Spam", about: "" }, []), 5);
    // Dave is a member of the root chapter only: above North, not in it or below it (M11.1).
    const byDave = await s.sign("dave", forumCategoryDraft({ chapter: s.north, name: "From above", about: "" }, [s.grants.dave]), 6);
    const forum = await readForum(organisation([byErin, byDave]), s.north, verifier, new VerifiedCache());
    expect(forum.categories).toEqual([]);
    expect(forum.verdicts.get(byErin.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[FO1\.4\]/) });
    expect(forum.verdicts.get(byDave.id)).toMatchObject({ status: "ineligible-signer" });
  });

  it("[FO1.1] [FO1.3] [FO3.2] a malformed title, a record of another chapter and a topic whose category is not held are each refused with their rule", async () => {
    const { category } = await repairs();
    const badTitle = await s.sign("bob", topicDraft({ chapter: s.north, category: category.id, title: " spaced " }, [s.grants.bob]), 8);
    const elsewhere = await s.sign("alice", forumCategoryDraft({ chapter: s.root, name: "Root talk", about: "" }, [s.grants.aliceRoot]), 9);
    const orphan = await s.sign("bob", topicDraft({ chapter: s.north, category: s.grants.carol, title: "Lost" }, [s.grants.bob]), 10);
    const forum = await readForum(organisation([category, badTitle, elsewhere, orphan]), s.north, verifier, new VerifiedCache());
    expect(forum.verdicts.get(badTitle.id)).toMatchObject({ status: "malformed", detail: "[FO1.1] title has a space at its start or end" });
    expect(forum.verdicts.get(elsewhere.id)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[FO1\.3\]/) });
    expect(forum.verdicts.get(orphan.id)).toMatchObject({ status: "missing-deps", detail: expect.stringMatching(/^\[FO3\.2\]/) });
    expect(forum.topics).toEqual([]);
  });

  it("[FO4] a proposal started from a topic is shown with the topic when its author says so; anyone else's claim is refused", async () => {
    const { category, topic } = await repairs();
    const proposal = await s.sign("carol", proposalDraft({ chapter: s.north, title: "Replace the boiler", document: "automerge:3Prop" as DocumentUrl }, [s.grants.carol]), 20);
    const link = await s.sign("carol", topicProposalDraft({ chapter: s.north, topic: topic.id, proposal: proposal.id as ProposalId }, [s.grants.carol]), 21);
    const claim = await s.sign("bob", topicProposalDraft({ chapter: s.north, topic: topic.id, proposal: proposal.id as ProposalId }, [s.grants.bob]), 22);
    const forum = await readForum(organisation([category, topic, link, claim], [proposal]), s.north, verifier, new VerifiedCache());
    expect(forum.topics[0]?.proposals).toEqual([proposal.id]);
    expect(forum.verdicts.get(claim.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[FO4\.2\]/) });
  });
});

describe("a topic's posts (FO5)", () => {
  it("[FO5] a topic's posts and quotes are read from its pages, its creation record put back on page 0 when missing", async () => {
    const { category, topic } = await repairs();
    const opening = await s.sign("carol", messageDraft({ scope: topic.id, text: "It is **cold** again." }, [s.grants.carol]), 10);
    const reply = await s.sign("bob", messageDraft({ scope: topic.id, text: "Same here.", quote: opening.id }, [s.grants.bob]), 11);
    const read = await readTopic(organisation([category, topic]), s.north, topic.id, [at(topic.id, 0, page("aaaa", [], [opening, reply]))], 0, verifier, new VerifiedCache());
    expect(read.topic?.title).toBe("The boiler again");
    expect(read.timeline.messages.map((m) => [m.text, m.quote])).toEqual([["It is **cold** again.", null], ["Same here.", opening.id]]);
    expect(read.creation?.id).toBe(topic.id);
    const held = await readTopic(organisation([category, topic]), s.north, topic.id, [at(topic.id, 0, page("aaaa", [topic], [opening]))], 0, verifier, new VerifiedCache());
    expect(held.creation).toBeNull();
  });

  it("[FO5] [CH10.4] a forged reply (carol's words under bob's key) is shown as a reply that could not be verified, never as bob's", async () => {
    const { category, topic } = await repairs();
    const genuine = await s.sign("carol", messageDraft({ scope: topic.id, text: "Bob agrees to pay for it" }, [s.grants.carol]), 10);
    const forgedText = canonicalize({ ...genuine.envelope, signer: s.key("bob") });
    const forged = { id: recordIdOf(forgedText), text: forgedText };
    const read = await readTopic(organisation([category, topic]), s.north, topic.id, [at(topic.id, 0, page("aaaa", [topic], [forged]))], 0, verifier, new VerifiedCache());
    expect(read.timeline.messages).toEqual([]);
    expect(read.unverified).toBe(1);
    expect([...read.pages.get(0)!.rejections]).toEqual([expect.objectContaining({ key: forged.id, reason: "bad-signature" })]);
  });

  it("[FO5] [CH1.3] a topic forged by a non-member is no topic: its posts are read as nothing", async () => {
    const { category } = await repairs();
    const forgedTopic = await s.sign("erin", topicDraft({ chapter: s.north, category: category.id, title: "Free money" }, []), 7);
    const post = await s.sign("erin", messageDraft({ scope: forgedTopic.id, text: "Click here" }, []), 8);
    const read = await readTopic(organisation([category, forgedTopic]), s.north, forgedTopic.id, [at(forgedTopic.id, 0, page("aaaa", [forgedTopic], [post]))], 0, verifier, new VerifiedCache());
    expect(read.topic).toBeNull();
    expect(read.room).toBeNull();
    expect(read.timeline.messages).toEqual([]);
  });

  it("[FO5.3] [D9] a vandal deleting posts from a topic's page is repaired by write-back from a device that held them", async () => {
    const { category, topic } = await repairs();
    const posts = await Promise.all([1, 2, 3].map((n) => s.sign("bob", messageDraft({ scope: topic.id, text: `Post ${n}` }, [s.grants.bob]), 10 + n)));
    const url = threadPageUrl(topic.id, 0);
    const mine = page("aaaa", [topic], posts);
    const orgs = organisation([category, topic]);
    const first = await readTopic(orgs, s.north, topic.id, [at(topic.id, 0, mine)], 0, verifier, new VerifiedCache());
    const store = createMemoryRecordStore();
    expect(await rememberRecords(store, url, first.pages.get(0)!)).toBe(4);
    const vandal = A.change(A.merge(A.load<ThreadDoc>(threadGenesis(), { actor: "bbbb" }), mine), (d) => {
      delete d.messages[posts[0]!.id];
      delete d.messages[posts[2]!.id];
      delete d.origin[topic.id];
    });
    const merged = A.merge(A.clone(mine), vandal);
    const damaged = await readTopic(orgs, s.north, topic.id, [at(topic.id, 0, merged)], 0, verifier, new VerifiedCache());
    expect(damaged.timeline.messages.map((m) => m.text)).toEqual(["Post 2"]);
    const { doc, repaired } = writeBack(THREAD_DOCUMENT, merged, await heldRecords(store, THREAD_DOCUMENT, url));
    expect([...repaired].sort()).toEqual([posts[0]!.id, posts[2]!.id, topic.id].sort());
    const again = await readTopic(orgs, s.north, topic.id, [at(topic.id, 0, A.merge(vandal, doc))], 0, verifier, new VerifiedCache());
    expect(again.timeline.messages.map((m) => m.text)).toEqual(["Post 1", "Post 2", "Post 3"]);
  });

  it("[FO5.4] [CH8.2] a post a moderator hides is shown hidden with the reason and its text kept, never erased", async () => {
    const { category, topic } = await repairs();
    const rude = await s.sign("bob", messageDraft({ scope: topic.id, text: "You are all idiots" }, [s.grants.bob]), 10);
    const hidden = await s.sign("carol", hideDraft({ scope: topic.id, target: rude.id, reason: "Insults members", hidden: true }, [s.moderator, s.grants.carol]), 11);
    const read = await readTopic(organisation([category, topic]), s.north, topic.id, [at(topic.id, 0, page("aaaa", [topic], [rude, hidden]))], 0, verifier, new VerifiedCache());
    expect(read.timeline.messages).toEqual([expect.objectContaining({ id: rude.id, text: "You are all idiots", hidden: expect.objectContaining({ by: s.key("carol"), reason: "Insults members" }) })]);
  });
});
