import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { hideDraft, messageDraft, reportDraft } from "../chat/chat-records.js";
import { generalRoom } from "../chat/general-room.js";
import { judgeRoom } from "../chat/judge-room.js";
import { roomReports } from "../chat/room-reports.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { threadGenesis } from "../chat/thread-page-document.js";
import { CHAPTER_DOCUMENT, createChapterDoc } from "../documents/chapter.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../documents/organisation.js";
import { addRecord } from "../documents/record-map.js";
import { THREAD_DOCUMENT, type ThreadDoc } from "../documents/thread.js";
import { postDraft } from "../blog/blog-records.js";
import { currentsDocument } from "../currents/test-helpers/currents-organisation.js";
import { currentsVectorRecords } from "../currents/test-helpers/currents-vector-records.js";
import { forumCategoryDraft, topicDraft } from "../forums/forum-records.js";
import { resourceDraft, resourceHideDraft } from "../resources/resource-records.js";
import type { DocumentUrl, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import { moderationLogId, moderationLogUrl } from "./moderation-log-id.js";
import { readModerationLog } from "./read-moderation-log.js";

let s: ChatScenario;
beforeAll(async () => {
  s = await chatScenario();
});

/** The organisation's documents, North's Chapter document holding `posts` (and `governance` beside the scenario's). */
function organisation(posts: readonly ParsedRecord[], more: readonly ParsedRecord[] = []) {
  const [rootGenesis, northGenesis, ...governance] = s.governance;
  const org = A.change(createOrganisationDoc(), (d) => [rootGenesis!, northGenesis!].forEach((record) => addRecord(d.chapters, record)));
  const north = A.change(createChapterDoc(), (d) => {
    for (const record of [...governance, ...more]) addRecord(d.governance, record);
    for (const record of posts) addRecord(d.posts, record);
  });
  return {
    organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) },
    chapters: [{ url: (northGenesis!.envelope.body as { document: DocumentUrl }).document, snapshot: snapshotDocument(CHAPTER_DOCUMENT, north) }],
  };
}

/** The log document holding `records` in `messages`. */
const log = (records: readonly ParsedRecord[]) => ({
  url: moderationLogUrl(s.north),
  snapshot: snapshotDocument(THREAD_DOCUMENT, A.change(A.load<ThreadDoc>(threadGenesis()), (d) => records.forEach((record) => addRecord(d.messages, record)))),
});

describe("reports and the moderation log (CH13, MOD)", () => {
  it("[CH13] a member reports a message of the room with a reason; a report of a message not held waits for it", async () => {
    const room = generalRoom(s.north);
    const rude = await s.sign("bob", messageDraft({ scope: room.id, text: "You are all fools" }, [s.grants.bob]), 10);
    const report = await s.sign("carol", reportDraft({ scope: room.id, target: rude.id, reason: "Insults the room" }, [s.grants.carol]), 11);
    const lost = await s.sign("carol", reportDraft({ scope: room.id, target: s.moderator, reason: "Where is it?" }, [s.grants.carol]), 12);
    const judged = judgeRoom(room, [rude, report, lost], s.rosters());
    expect(judged.verdicts.get(report.id)?.status).toBe("valid");
    expect(judged.verdicts.get(lost.id)).toMatchObject({ status: "missing-deps", detail: expect.stringMatching(/^\[CH13\]/) });
    expect([...roomReports(judged)]).toEqual([[rude.id, [{ id: report.id, by: s.key("carol"), at: report.envelope.at, reason: "Insults the room" }]]]);
  });

  it("[MOD1.1] a chapter's log is found from its id alone, and is no room of it", () => {
    expect(moderationLogId(s.north)).not.toBe(generalRoom(s.north).id);
    expect(moderationLogId(s.north)).not.toBe(moderationLogId(s.root));
    expect(moderationLogUrl(s.north)).toMatch(/^automerge:/);
  });

  it("[MOD2] [MOD3] every member reads the log: a moderator's hide and a member's report of the chapter's room and forum topic, newest first; a member's hide and a room of another chapter are refused", async () => {
    const room = generalRoom(s.north);
    const category = await s.sign("bob", forumCategoryDraft({ chapter: s.north, name: "Repairs", about: "" }, [s.grants.bob]), 5);
    const topic = await s.sign("bob", topicDraft({ chapter: s.north, category: category.id, title: "Boiler" }, [s.grants.bob]), 6);
    const hide = await s.sign("carol", hideDraft({ scope: room.id, target: s.grants.bob, reason: "Rude to a neighbour", hidden: true }, [s.moderator, s.grants.carol]), 20);
    const report = await s.sign("bob", reportDraft({ scope: topic.id, target: s.grants.carol, reason: "Spam link" }, [s.grants.bob]), 21);
    const byBob = await s.sign("bob", hideDraft({ scope: room.id, target: s.grants.carol, reason: "I do not like it", hidden: true }, [s.grants.bob]), 22);
    const elsewhere = await s.sign("alice", reportDraft({ scope: generalRoom(s.root).id, target: s.grants.bob, reason: "Other chapter" }, [s.grants.aliceRoot]), 23);
    const read = await readModerationLog(organisation([category, topic]), s.north, log([hide, report, byBob, elsewhere]), await createVerifier(), new VerifiedCache());
    expect(read.entries.map((e) => [e.action, e.by, e.reason, e.place, e.name])).toEqual([
      ["report", s.key("bob"), "Spam link", "topic", "Boiler"],
      ["hide", s.key("carol"), "Rude to a neighbour", "room", ""],
    ]);
    expect(read.verdicts.get(byBob.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[MOD2\.3\]/) });
    expect(read.verdicts.get(elsewhere.id)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[MOD2\.2\]/) });
  });

  it("[MOD2.2] hides and reports of a blog post's comment (a lesson is a post) are in the chapter's log with their reason; those of a current's discussion in the root's log, and never in another chapter's", async () => {
    const post = await s.sign("bob", postDraft({ chapter: s.north, title: "Spring cleaning", decisions: [] }, [s.grants.bob]), 5);
    const comment = await s.sign("dave", messageDraft({ scope: post.id, text: "Rude words" }, [s.grants.dave]), 6);
    const hide = await s.sign("carol", hideDraft({ scope: post.id, target: comment.id, reason: "Insults a neighbour", hidden: true }, [s.moderator, s.grants.carol]), 20);
    const report = await s.sign("bob", reportDraft({ scope: post.id, target: comment.id, reason: "Rude" }, [s.grants.bob]), 21);
    const north = await readModerationLog(organisation([post]), s.north, log([hide, report]), await createVerifier(), new VerifiedCache());
    expect(north.entries.map((e) => [e.action, e.reason, e.place, e.name])).toEqual([
      ["report", "Rude", "post", "Spring cleaning"],
      ["hide", "Insults a neighbour", "post", "Spring cleaning"],
    ]);
    const { moderator, common } = await currentsVectorRecords(s);
    const currents = currentsDocument(s, [common]);
    const inCurrent = await s.sign("alice", hideDraft({ scope: common.id, target: comment.id, reason: "Abuse in a current", hidden: true }, [moderator.id, s.grants.aliceRoot]), 22);
    const rootLog = { ...log([inCurrent]), url: moderationLogUrl(s.root) };
    const root = await readModerationLog(organisation([], [moderator]), s.root, rootLog, await createVerifier(), new VerifiedCache(), currents);
    expect(root.entries.map((e) => [e.action, e.reason, e.place, e.name])).toEqual([["hide", "Abuse in a current", "current", "Common ground"]]);
    const elsewhere = await readModerationLog(organisation([], [moderator]), s.north, log([inCurrent]), await createVerifier(), new VerifiedCache(), currents);
    expect(elsewhere.verdicts.get(inCurrent.id)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[MOD2\.2\]/) });
  });

  it("[MOD2.1.1] [MOD2.2.1] [RS9] a moderator's hide of a resource is in the log, naming the chapter's library; a member's is refused", async () => {
    const library = s.north as unknown as RecordId;
    const guide = await s.sign("bob", resourceDraft({ chapter: s.north, title: "Guide", description: "", folder: "", tags: [], link: "https://example.org/", file: null }, [s.grants.bob]), 5);
    const hide = await s.sign("carol", resourceHideDraft({ scope: library, target: guide.id, reason: "A scam", hidden: true }, [s.moderator, s.grants.carol]), 20);
    const byBob = await s.sign("bob", resourceHideDraft({ scope: library, target: guide.id, reason: "Mine", hidden: false }, [s.grants.bob]), 21);
    const read = await readModerationLog(organisation([]), s.north, log([hide, byBob]), await createVerifier(), new VerifiedCache());
    expect(read.entries.map((e) => [e.action, e.by, e.reason, e.place, e.scope, e.target])).toEqual([["hide", s.key("carol"), "A scam", "library", library, guide.id]]);
    expect(read.verdicts.get(byBob.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[MOD2\.3\]/) });
  });
});
