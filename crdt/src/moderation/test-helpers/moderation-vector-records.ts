/**
 * The moderation vector's records (PROTOCOL.md MOD), signed on the chat scenario (CH11): North's
 * forum topic and blog post (its index records), and the copies in North's moderation log — a
 * moderator's hide with its reason, a member's report, a hide by a non-moderator, a report of
 * another chapter's room, a hide of a blog comment and a message copied in. Deterministic
 * signatures (S9) give the same texts every time.
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { hideDraft, messageDraft, reportDraft } from "../../chat/chat-records.js";
import { generalRoom } from "../../chat/general-room.js";
import { postDraft } from "../../blog/blog-records.js";
import { hashText } from "../../encoding/hash.js";
import { forumCategoryDraft, topicDraft } from "../../forums/forum-records.js";
import type { RecordId } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";

/** A record and what it shows. */
export interface ModerationVectorRecord {
  readonly note: string;
  readonly record: ParsedRecord;
}

/** What moderation.json holds: North's `posts` and its log's `messages`. */
export interface ModerationVectorRecords {
  readonly posts: readonly ParsedRecord[];
  readonly log: readonly ModerationVectorRecord[];
}

const target = (name: string) => hashText(`moderation-vector:${name}`) as RecordId;

/** Signs the records of moderation.json. Rejects only if signing fails. */
export async function moderationVectorRecords(s: ChatScenario): Promise<ModerationVectorRecords> {
  const room = generalRoom(s.north);
  const category = await s.sign("bob", forumCategoryDraft({ chapter: s.north, name: "Repairs", about: "" }, [s.grants.bob]), 5);
  const topic = await s.sign("bob", topicDraft({ chapter: s.north, category: category.id, title: "The boiler again" }, [s.grants.bob]), 6);
  const post = await s.sign("carol", postDraft({ chapter: s.north, title: "Spring cleaning", decisions: [] }, [s.grants.carol]), 7);
  const entry = async (note: string, record: Promise<ParsedRecord>) => ({ note, record: await record });
  const log = await Promise.all([
    entry("MOD2: carol, North's moderator, hides a message of the general room with her reason", s.sign("carol", hideDraft({ scope: room.id, target: target("rude"), reason: "Rude to a neighbour", hidden: true }, [s.moderator, s.grants.carol]), 20)),
    entry("MOD2: bob reports a post of the forum topic", s.sign("bob", reportDraft({ scope: topic.id, target: target("spam"), reason: "Spam link" }, [s.grants.bob]), 21)),
    entry("MOD2.3: bob, no moderator, hides a message", s.sign("bob", hideDraft({ scope: room.id, target: target("opinion"), reason: "I do not like it", hidden: true }, [s.grants.bob]), 22)),
    entry("MOD2.2: a report of the root's general room, copied into North's log", s.sign("alice", reportDraft({ scope: generalRoom(s.root).id, target: target("other"), reason: "Other chapter" }, [s.grants.aliceRoot]), 23)),
    entry("MOD2.2: carol hides a comment on North's blog post", s.sign("carol", hideDraft({ scope: post.id, target: target("comment"), reason: "Names a neighbour with an insult", hidden: true }, [s.moderator, s.grants.carol]), 24)),
    entry("MOD2: carol shows the general room's message again", s.sign("carol", hideDraft({ scope: room.id, target: target("rude"), reason: "The author apologised", hidden: false }, [s.moderator, s.grants.carol]), 25)),
    entry("MOD2.1: a message copied into the log", s.sign("bob", messageDraft({ scope: room.id, text: "Not a log entry" }, [s.grants.bob]), 26)),
  ]);
  return { posts: [category, topic, post], log };
}
