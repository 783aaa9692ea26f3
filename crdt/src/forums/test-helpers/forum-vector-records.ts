/**
 * The forum vector's records (PROTOCOL.md FO7), signed on the chat scenario (CH11): deterministic
 * signatures (S9) give the same texts every time. Each has a note naming the rule it shows; North's
 * `posts` hold them all, with the proposal the last link names in its `proposals`.
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { proposalDraft } from "../../proposals/proposal-records.js";
import type { DocumentUrl, ProposalId } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";
import { forumCategoryDraft, topicDraft, topicProposalDraft } from "../forum-records.js";

/** A vector record and what it shows. */
export interface ForumVectorRecord {
  readonly note: string;
  readonly record: ParsedRecord;
}

/** The records of forum.json: `posts` for North's Chapter document, and the `proposal` one links to. */
export async function forumVectorRecords(s: ChatScenario): Promise<{ posts: ForumVectorRecord[]; proposal: ParsedRecord }> {
  const repairs = await s.sign("bob", forumCategoryDraft({ chapter: s.north, name: "Repairs", about: "What needs fixing\nand who fixes it" }, [s.grants.bob]), 100);
  const garden = await s.sign("carol", forumCategoryDraft({ chapter: s.north, name: "Garden", about: "" }, [s.grants.carol]), 101);
  const boiler = await s.sign("carol", topicDraft({ chapter: s.north, category: repairs.id, title: "The boiler again" }, [s.grants.carol]), 102);
  const proposal = await s.sign("carol", proposalDraft({ chapter: s.north, title: "Replace the boiler", document: "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4f" as DocumentUrl }, [s.grants.carol]), 103);
  const link = await s.sign("carol", topicProposalDraft({ chapter: s.north, topic: boiler.id, proposal: proposal.id as ProposalId }, [s.grants.carol]), 104);
  const notes: [string, Promise<ParsedRecord> | ParsedRecord][] = [
    ["FO2: a category by a member of North", repairs],
    ["FO2: a category with an empty description", garden],
    ["FO3: a topic in Repairs", boiler],
    ["FO3: a later topic in Garden, by bob", s.sign("bob", topicDraft({ chapter: s.north, category: garden.id, title: "Tomatoes" }, [s.grants.bob]), 106)],
    ["FO4: the proposal carol started from her topic", link],
    ["FO4.2: bob claims carol's proposal came from the topic", s.sign("bob", topicProposalDraft({ chapter: s.north, topic: boiler.id, proposal: proposal.id as ProposalId }, [s.grants.bob]), 107)],
    ["FO1.1: a title with a space at its end", s.sign("bob", topicDraft({ chapter: s.north, category: repairs.id, title: "Spaced " }, [s.grants.bob]), 108)],
    ["FO1.3: a category of the root chapter copied into North", s.sign("alice", forumCategoryDraft({ chapter: s.root, name: "Root talk", about: "" }, [s.grants.aliceRoot]), 109)],
    ["FO1.4: a category by erin, no member", s.sign("erin", forumCategoryDraft({ chapter: s.north, name: "Spam", about: "" }, []), 110)],
    ["FO1.4: a topic by dave, a member of the chapter above only", s.sign("dave", topicDraft({ chapter: s.north, category: repairs.id, title: "From above" }, [s.grants.dave]), 111)],
    ["FO3.2: a topic whose category is no category of North", s.sign("bob", topicDraft({ chapter: s.north, category: s.grants.carol, title: "Lost" }, [s.grants.bob]), 112)],
  ];
  const posts = await Promise.all(notes.map(async ([note, record]) => ({ note, record: await record })));
  return { posts, proposal };
}
