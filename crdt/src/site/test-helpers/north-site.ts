/**
 * What North shows of the site vector's records (PROTOCOL.md SITE3): North's document holding the
 * scenario's governance, alice's facilitator holding, the decision, the category and the records
 * given in its `posts`, read by the blog and the forum.
 */
import * as A from "@automerge/automerge";
import { readBlog } from "../../blog/read-blog.js";
import { blogOrganisation, chapterDoc } from "../../blog/test-helpers/blog-organisation.js";
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { addRecord } from "../../documents/record-map.js";
import { readForum } from "../../forums/read-forum.js";
import type { ParsedRecord } from "../../records/record.js";
import { createVerifier } from "../../verify/create-verifier.js";
import { VerifiedCache } from "../../verify/verified-cache.js";

/** What North shows from the records given: every verdict of its `posts`, its setting in force, its posts' and topics' titles. */
export async function northSite(s: ChatScenario, records: { facilitator: ParsedRecord; decision: ParsedRecord; category: ParsedRecord; posts: readonly ParsedRecord[] }) {
  const doc = A.change(chapterDoc(s, { posts: [records.category, ...records.posts], decisions: [records.decision] }, true), (d) => addRecord(d.governance, records.facilitator));
  const organisation = blogOrganisation(s, doc);
  const verifier = await createVerifier();
  const blog = await readBlog(organisation, verifier, new VerifiedCache());
  const forum = await readForum(organisation, s.north, verifier, new VerifiedCache());
  const verdicts = Object.fromEntries(records.posts.map((record) => [record.id, blog.verdicts.get(s.north)?.get(record.id) ?? forum.verdicts.get(record.id)]));
  return { verdicts, site: blog.sites.get(s.north), posts: blog.posts.map((post) => post.title), topics: forum.topics.map((topic) => topic.title) };
}

