// Benchmark of a chapter's forum (docs/PROTOCOL.md FO), through the built packages (issue 12: "a
// chapter site page with 1,000 topics"):
// - chapterPage: a chapter of 20 members with 10 categories and 1,000 topics, each topic with 5
//   posts on its own Thread page (FO5): what the chapter's Forum section reads — the Chapter
//   document loaded from its saved bytes and read through the chokepoint with the forum's rules
//   (`readForum`, signatures checked cold). No post is in it, so its size does not grow with them.
// - openTopic: one of those topics opened (its page 0 read with `readTopic`).
// `longestBlockMs` is the longest the event loop was held while reading (Node's
// monitorEventLoopDelay): the app runs these reads in its worker, so it is the worker's longest
// task, not the page's. Browser figures (time to first screen) are not measured here.
// Usage: node bench/run.js forum   (after building: npx tsc -b)
import { monitorEventLoopDelay } from "node:perf_hooks";
import * as A from "@automerge/automerge";
import { messageDraft, threadGenesis } from "@chapterhouse/crdt/chat";
import { snapshotDocument } from "@chapterhouse/crdt/chokepoint";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT, THREAD_DOCUMENT, addRecord, createChapterDoc, createOrganisationDoc } from "@chapterhouse/crdt/documents";
import { fromBase64url, hashText } from "@chapterhouse/crdt/encoding";
import { forumCategoryDraft, readForum, readTopic, topicDraft } from "@chapterhouse/crdt/forums";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { admitDraft, genesisDraft } from "@chapterhouse/crdt/membership";
import { VerifiedCache, createVerifier, webCryptoSignerFromSeed } from "@chapterhouse/crdt/verify";

const T0 = 1_700_000_000_000;
const signer = (name) => webCryptoSignerFromSeed(fromBase64url(hashText(`bench-forum:${name}`)), globalThis.crypto.subtle);
const round = (ms) => Math.round(ms * 100) / 100;

/** Times `read`, with the longest the event loop was held meanwhile. */
async function timed(read) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const start = performance.now();
  const result = await read();
  const ms = performance.now() - start;
  delay.disable();
  return { ms: round(ms), longestBlockMs: round(delay.max / 1e6), result };
}

export async function run({ members = 20, categories = 10, topics = 1_000, posts = 5 } = {}) {
  const people = await Promise.all(Array.from({ length: members }, (_, i) => signer(`member ${i}`)));
  const [founder] = people;
  const chapterUrl = "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e";
  const genesis = await signDraft(founder, genesisDraft({ name: "Riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [founder.publicKey] }), T0);
  const admits = await Promise.all(people.slice(1).map((member) => signDraft(member, admitDraft({ chapter: genesis.id }), T0 + 1)));
  const grants = new Map([[founder.publicKey, genesis.id], ...admits.map((record) => [record.envelope.signer, record.id])]);
  const cats = await Promise.all(Array.from({ length: categories }, (_, i) => signDraft(people[i % members], forumCategoryDraft({ chapter: genesis.id, name: `Category ${i}`, about: "" }, [grants.get(people[i % members].publicKey)]), T0 + 10 + i)));
  const topicRecords = [];
  const pages = [];
  for (let i = 0; i < topics; i++) {
    const who = people[i % members];
    const topic = await signDraft(who, topicDraft({ chapter: genesis.id, category: cats[i % categories].id, title: `Topic ${i}: the boiler, the garden and the next meeting` }, [grants.get(who.publicKey)]), T0 + 100 + i);
    topicRecords.push(topic);
    const written = await Promise.all(
      Array.from({ length: posts }, (_, p) => signDraft(people[(i + p) % members], messageDraft({ scope: topic.id, text: `Post ${p} of topic ${i}: **what we do next** and why.` }, [grants.get(people[(i + p) % members].publicKey)]), T0 + 10_000 + i * posts + p)),
    );
    pages.push(A.save(A.change(A.load(threadGenesis()), (d) => { addRecord(d.origin, topic); written.forEach((record) => addRecord(d.messages, record)); })));
  }
  const organisation = A.change(createOrganisationDoc(), (d) => addRecord(d.chapters, genesis));
  const chapterBytes = A.save(
    A.change(createChapterDoc(), (d) => {
      admits.forEach((record) => addRecord(d.governance, record));
      [...cats, ...topicRecords].forEach((record) => addRecord(d.posts, record));
    }),
  );
  const verifier = await createVerifier();
  const snapshots = () => ({
    organisation: { url: "automerge:2Organisation", snapshot: snapshotDocument(ORGANISATION_DOCUMENT, organisation) },
    chapters: [{ url: chapterUrl, snapshot: snapshotDocument(CHAPTER_DOCUMENT, A.load(chapterBytes)) }],
  });
  const page = await timed(() => readForum(snapshots(), genesis.id, verifier, new VerifiedCache()));
  // Read again with the signatures already checked, as the app's worker does after the first read (S8).
  const verified = new VerifiedCache();
  await readForum(snapshots(), genesis.id, verifier, verified);
  const warm = await timed(() => readForum(snapshots(), genesis.id, verifier, verified));
  const middle = Math.floor(topics / 2);
  const topic = await timed(() =>
    readTopic(snapshots(), genesis.id, topicRecords[middle].id, [{ n: 0, url: "automerge:page0", snapshot: snapshotDocument(THREAD_DOCUMENT, A.load(pages[middle])) }], 0, verifier, new VerifiedCache()),
  );
  return {
    benchmark: "forum",
    what: `a chapter of ${members} members, ${categories} categories and ${topics} topics of ${posts} posts each, the posts on the topics' own pages: the Forum section's read (the Chapter document loaded from its saved bytes, read with the forum's rules, signatures checked cold), and one topic opened`,
    chapterKiB: round(chapterBytes.length / 1024),
    chapterPage: { ms: page.ms, longestBlockMs: page.longestBlockMs, topics: page.result.topics.length },
    chapterPageWarm: { ms: warm.ms, longestBlockMs: warm.longestBlockMs },
    openTopic: { ms: topic.ms, longestBlockMs: topic.longestBlockMs, posts: topic.result.timeline.messages.length, pageKiB: round(pages[middle].length / 1024) },
  };
}
