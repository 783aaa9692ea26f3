/**
 * Reading a chapter's forum and one topic's pages through the chokepoint (PROTOCOL.md D3, FO),
 * from plain snapshots (D5). Pass 1 reads the organisation's documents for the rosters every record
 * is judged in (FO1.4, as chat's CH1.4); pass 2 reads the chapter's `posts` with the forum's rules
 * as the authorisation step (D3.8) and, for a topic, its pages with the chat rules (FO5).
 */
import { readSnapshot } from "../chokepoint/read-document.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { organisationDocuments, signedRecordsOf, type OrganisationSnapshots } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { readRoomPages, type PageSnapshot, type RoomRead } from "../chat/read-room.js";
import { ownOriginAuthorise } from "../chat/own-origin-authorise.js";
import { judgeSite } from "../site/judge-site.js";
import { judgeForum, type Forum } from "./judge-forum.js";
import { topicRoom } from "./topic-room.js";

/** A topic read: its room's pages (FO5), and the topic as the forum lists it (null when not one of the chapter's valid topics). */
export interface TopicRead extends RoomRead {
  readonly topic: Forum["topics"][number] | null;
}

/** The forum of `chapter` (FO2–FO4, FO6) from its Chapter document, and each topic's creation record. */
async function chapterForum(organisation: OrganisationSnapshots, chapter: ChapterId, rosters: CausalRosters, verifier: Verifier, verified: VerifiedIdCache) {
  const document = rosters.foldAll().roster.chapters.get(chapter)?.document;
  const snapshot = organisation.chapters.find((entry) => entry.url === document)?.snapshot;
  const creations = new Map<RecordId, ParsedRecord>();
  let forum: Forum = { categories: [], topics: [], verdicts: new Map() };
  if (snapshot === undefined) return { forum, creations };
  await readSnapshot(CHAPTER_DOCUMENT, snapshot, verifier, {
    verified,
    authorise: (records) => {
      const ofKind = (kind: string) => new Map(records.filter((record) => record.envelope.kind === kind).map((record) => [record.id, record]));
      // SITE2: who may start a topic is the chapter's site setting in force.
      const site = judgeSite(chapter, records, ofKind("decision"), rosters).setting;
      forum = judgeForum(chapter, records, ofKind("proposal"), rosters, site.posting.forum);
      const accepted = records.filter((record) => forum.verdicts.get(record.id)?.status === "valid");
      for (const record of accepted) if (record.envelope.kind === "topic") creations.set(record.id, record);
      // Other kinds of the document are the other features' to judge: neither accepted nor refused here.
      return { accepted, rejections: [] };
    },
  });
  return { forum, creations };
}

/**
 * The forum of `chapter` (FO6): its categories and its topics, newest first, with the proposals
 * started from each; and every forum record's verdict.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readForum(organisation: OrganisationSnapshots, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache): Promise<Forum> {
  const { rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  return (await chapterForum(organisation, chapter, rosters, verifier, verified)).forum;
}

/**
 * The topic `id` of `chapter` and what the pages given show (FO5, CH9, CH10), as `readRoom` reads
 * a room: the messages of pages below `from` are left out of the timeline.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readTopic(
  organisation: OrganisationSnapshots,
  chapter: ChapterId,
  id: RecordId,
  pages: readonly PageSnapshot[],
  from: number,
  verifier: Verifier,
  verified: VerifiedIdCache,
): Promise<TopicRead> {
  const { rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  const { forum, creations } = await chapterForum(organisation, chapter, rosters, verifier, verified);
  const topic = forum.topics.find((entry) => entry.id === id) ?? null;
  const room = topic === null ? null : topicRoom(chapter, topic);
  return { ...(await readRoomPages(room, creations.get(id), pages, from, rosters, verifier, verified, ownOriginAuthorise("topic"))), topic };
}
