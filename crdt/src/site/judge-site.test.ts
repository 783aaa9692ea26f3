import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { readBlog } from "../blog/read-blog.js";
import { blogOrganisation, chapterDoc } from "../blog/test-helpers/blog-organisation.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { addRecord } from "../documents/record-map.js";
import { readForum } from "../forums/read-forum.js";
import type { ParsedRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import type { Verifier } from "../verify/verifier.js";
import { postDraft } from "../blog/blog-records.js";
import { DEFAULT_SITE } from "./judge-site.js";
import { settingOf, siteVectorRecords, type SiteVectorRecords } from "./test-helpers/site-vector-records.js";

let s: ChatScenario;
let v: SiteVectorRecords;
let verifier: Verifier;
beforeAll(async () => {
  s = await chatScenario();
  v = await siteVectorRecords(s);
  verifier = await createVerifier();
});

const note = (entries: readonly { note: string; record: ParsedRecord }[], prefix: string) => entries.find((entry) => entry.note.startsWith(prefix))!.record;

/** North's document: the governance, alice's facilitator holding and the decision, with `posts`. */
function north(posts: readonly ParsedRecord[]) {
  return A.change(chapterDoc(s, { posts: [v.category, ...posts], decisions: [v.decision] }, true), (d) => addRecord(d.governance, v.facilitator));
}
const read = async (posts: readonly ParsedRecord[]) => readBlog(blogOrganisation(s, north(posts)), verifier, new VerifiedCache());

describe("a chapter's site setting (SITE1)", () => {
  it("[SITE1] [SITE1.4] with no setting the chapter has the default site: members post", async () => {
    expect((await read([])).sites.get(s.north)).toEqual(DEFAULT_SITE);
  });

  it("[SITE1] [SITE1.3] [SITE1.4] a facilitator's setting citing a decision of the chapter is in force, the latest of the valid ones; a non-facilitator's, one citing no decision held and a malformed one are refused", async () => {
    const blog = await read(v.settings.map((entry) => entry.record));
    const inForce = note(v.settings, "SITE1: alice's");
    expect(blog.sites.get(s.north)).toEqual({
      id: inForce.id,
      decision: v.decision.id,
      about: "Tenants of North.\nWe meet on Mondays.",
      pinned: [],
      links: [{ title: "Our map", url: "https://example.org/map" }],
      sections: ["blog", "forum"],
      posting: { blog: "role:moderator", forum: "role:moderator" },
    });
    const verdicts = blog.verdicts.get(s.north)!;
    expect(verdicts.get(note(v.settings, "SITE1.4").id)).toEqual({ status: "valid", detail: "" });
    expect(verdicts.get(note(v.settings, "SITE1.3: bob").id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[SITE1\.3\]/) });
    expect(verdicts.get(note(v.settings, "SITE1.3: a setting").id)).toMatchObject({ status: "missing-deps", detail: expect.stringMatching(/^\[SITE1\.3\]/) });
    expect(verdicts.get(note(v.settings, "SITE1.1").id)).toEqual({ status: "malformed", detail: "[SITE1.1] posting.blog is not members, organisation or role:<name>" });
  });
});

describe("who may post where (SITE2)", () => {
  it("[SITE2] under 'role:moderator' the moderator's post and topic count; a member's are refused, by the rule", async () => {
    const posts = [note(v.settings, "SITE1: alice's"), ...v.writings.map((entry) => entry.record)];
    const blog = await read(posts);
    expect(blog.posts.map((post) => post.title)).toEqual(["From the moderator"]);
    expect(blog.verdicts.get(s.north)!.get(note(v.writings, "SITE2: bob, a member").id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[SITE2\] the signer cites no live moderator role/) });
    const organisation = blogOrganisation(s, north(posts));
    const forum = await readForum(organisation, s.north, verifier, new VerifiedCache());
    expect(forum.topics.map((topic) => topic.title)).toEqual(["Moderated topic"]);
    expect(forum.verdicts.get(note(v.writings, "SITE2: bob starts").id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[SITE2\]/) });
  });

  it("[SITE2] under 'organisation' a member of the chapter above posts in the blog; someone of no chapter still may not", async () => {
    const open = await settingOf(s, "alice", { blog: "organisation", forum: "members" }, v.decision.id, [v.facilitator.id, s.grants.aliceNorth], 300);
    const byDave = await s.sign("dave", postDraft({ chapter: s.north, title: "From above", decisions: [] }, [s.grants.dave]), 301);
    const byErin = await s.sign("erin", postDraft({ chapter: s.north, title: "From nowhere", decisions: [] }, []), 302);
    const blog = await read([open, byDave, byErin]);
    expect(blog.posts.map((post) => post.title)).toEqual(["From above"]);
    expect(blog.verdicts.get(s.north)!.get(byErin.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[SITE2\]/) });
  });

  it("[SITE2] narrowing the setting erases nothing: a member's post refused under a narrower setting counts again once a later setting widens it", async () => {
    const narrow = note(v.settings, "SITE1: alice's");
    const bobs = note(v.writings, "SITE2: bob, a member");
    expect((await read([narrow, bobs])).posts).toEqual([]);
    const wide = await settingOf(s, "alice", { blog: "members", forum: "members" }, v.decision.id, [v.facilitator.id, s.grants.aliceNorth], 400);
    expect((await read([narrow, bobs, wide])).posts.map((post) => post.title)).toEqual(["From bob"]);
  });
});
