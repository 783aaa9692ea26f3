/**
 * The blog vector's records (PROTOCOL.md BL7), signed on the chat scenario (CH11): deterministic
 * signatures (S9) give the same texts every time. North holds a decision and the proposal it
 * decided; carol writes a lesson citing the decision and shares it to Riverside, where dave adopts
 * it with a proposal. Each record has a note naming the rule it shows and the chapter whose `posts`
 * hold it.
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { hashText } from "../../encoding/hash.js";
import { proposalDraft } from "../../proposals/proposal-records.js";
import type { DocumentUrl, ProposalId, RecordId } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";
import { decisionDraft } from "../../votes/vote-records.js";
import { lessonAdoptionDraft, lessonShareDraft, postDraft } from "../blog-records.js";

/** A vector record, the chapter holding it and what it shows. */
export interface BlogVectorRecord {
  readonly note: string;
  readonly chapter: "north" | "root";
  readonly record: ParsedRecord;
}

/** What blog.json holds: the records of each chapter's `posts`, and the decision and proposals they name. */
export interface BlogVectorRecords {
  readonly posts: readonly BlogVectorRecord[];
  /** In North's `decisions`. */
  readonly decision: ParsedRecord;
  /** In North's `proposals`: what the decision decided. */
  readonly decided: ParsedRecord;
  /** In Riverside's `proposals`: the proposal adopting the lesson. */
  readonly adopting: ParsedRecord;
  readonly lesson: ParsedRecord;
}

const fakeId = (name: string) => hashText(`blog-vector:${name}`) as RecordId;

/** Signs the records of blog.json. Rejects only if signing fails. */
export async function blogVectorRecords(s: ChatScenario): Promise<BlogVectorRecords> {
  const decided = await s.sign("carol", proposalDraft({ chapter: s.north, title: "Share the garden tools", document: "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4g" as DocumentUrl }, [s.grants.carol]), 100);
  const decision = await s.sign(
    "alice",
    decisionDraft({ chapter: s.north, proposal: decided.id as ProposalId, open: fakeId("open"), close: fakeId("close"), result: { outcome: "adopted" } }, [s.grants.aliceNorth]),
    101,
  );
  const lesson = await s.sign("carol", postDraft({ chapter: s.north, title: "What sharing tools taught us", decisions: [decision.id] }, [s.grants.carol]), 102);
  const news = await s.sign("bob", postDraft({ chapter: s.north, title: "Spring cleaning on Saturday", decisions: [] }, [s.grants.bob]), 103);
  const adopting = await s.sign("dave", proposalDraft({ chapter: s.root, title: "Share tools across Riverside", document: "automerge:2vbGUzgcHKxNrkB3AXnCcKZA5tWj" as DocumentUrl }, [s.grants.dave]), 105);
  const north = (note: string, record: Promise<ParsedRecord> | ParsedRecord) => ({ note, chapter: "north" as const, record });
  const root = (note: string, record: Promise<ParsedRecord> | ParsedRecord) => ({ note, chapter: "root" as const, record });
  const entries = [
    north("BL2: a lesson by carol citing North's decision", lesson),
    north("BL2: a post that is no lesson, by bob", news),
    north("BL1.1: a title with a space at its start", s.sign("bob", postDraft({ chapter: s.north, title: " Spaced", decisions: [] }, [s.grants.bob]), 104)),
    north("BL1.3: a post of the root chapter copied into North", s.sign("alice", postDraft({ chapter: s.root, title: "Root news", decisions: [] }, [s.grants.aliceRoot]), 106)),
    north("BL1.4: a post by erin, no member", s.sign("erin", postDraft({ chapter: s.north, title: "Free money", decisions: [] }, []), 107)),
    north("BL1.4: a post by dave, a member of the chapter above only", s.sign("dave", postDraft({ chapter: s.north, title: "From above", decisions: [] }, [s.grants.dave]), 108)),
    north("BL2.2: a lesson citing a decision North's log does not hold", s.sign("carol", postDraft({ chapter: s.north, title: "Unsure", decisions: [fakeId("elsewhere")] }, [s.grants.carol]), 109)),
    root("BL3: carol shares her lesson to Riverside", s.sign("carol", lessonShareDraft({ chapter: s.root, from: s.north, post: lesson.id }, [s.grants.carol]), 110)),
    root("BL3.3: bob shares it again: one share, the earliest shown", s.sign("bob", lessonShareDraft({ chapter: s.root, from: s.north, post: lesson.id }, [s.grants.bob]), 111)),
    root("BL3.2: dave, no member of North, shares it", s.sign("dave", lessonShareDraft({ chapter: s.root, from: s.north, post: lesson.id }, [s.grants.dave]), 112)),
    root("BL3.3: a share of a post that is no lesson", s.sign("bob", lessonShareDraft({ chapter: s.root, from: s.north, post: news.id }, [s.grants.bob]), 113)),
    root("BL4: dave's proposal adopts the lesson", s.sign("dave", lessonAdoptionDraft({ chapter: s.root, from: s.north, post: lesson.id, proposal: adopting.id as ProposalId }, [s.grants.dave]), 114)),
    root("BL4.2: alice claims dave's proposal adopts it", s.sign("alice", lessonAdoptionDraft({ chapter: s.root, from: s.north, post: lesson.id, proposal: adopting.id as ProposalId }, [s.grants.aliceRoot]), 115)),
    root("BL4.1: an adoption naming its own chapter as the lesson's", s.sign("dave", lessonAdoptionDraft({ chapter: s.root, from: s.root, post: lesson.id, proposal: adopting.id as ProposalId }, [s.grants.dave]), 116)),
  ];
  const posts = await Promise.all(entries.map(async (entry) => ({ ...entry, record: await entry.record })));
  return { posts, decision, decided, adopting, lesson };
}
