/**
 * The site vector's records (PROTOCOL.md SITE3), signed on the chat scenario (CH11): alice, a
 * founder, makes herself North's facilitator; North holds a decision; settings by her and by
 * others; posts and topics by bob (a member), carol (North's moderator), dave (a member of the
 * chapter above only) and erin (no member). Deterministic signatures (S9) give the same texts
 * every time.
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { T0 } from "../../chat/test-helpers/chat-scenario.js";
import { hashText } from "../../encoding/hash.js";
import { forumCategoryDraft, topicDraft } from "../../forums/forum-records.js";
import { postDraft } from "../../blog/blog-records.js";
import { FACILITATOR } from "../../membership/kinds.js";
import type { ProposalId, RecordId } from "../../records/ids.js";
import { signRecord, type ParsedRecord } from "../../records/record.js";
import { decisionDraft } from "../../votes/vote-records.js";
import type { Audience } from "../site-body.js";
import { siteSettingDraft } from "../site-setting-draft.js";

/** What site.json holds. */
export interface SiteVectorRecords {
  /** Alice's facilitator holding in North (governance). */
  readonly facilitator: ParsedRecord;
  /** In North's `decisions`. */
  readonly decision: ParsedRecord;
  /** Settings in North's `posts`, each with a note. */
  readonly settings: readonly { readonly note: string; readonly record: ParsedRecord }[];
  /** A category of North's forum (for the topics). */
  readonly category: ParsedRecord;
  /** Posts and topics, each with a note. */
  readonly writings: readonly { readonly note: string; readonly record: ParsedRecord }[];
}

const fakeId = (name: string) => hashText(`site-vector:${name}`) as RecordId;

/** A setting by `who` at `offset`, citing `deps` beside the decision, with `posting` and nothing else. */
export function settingOf(s: ChatScenario, who: "alice" | "bob", posting: { blog: Audience; forum: Audience }, decision: RecordId, deps: readonly RecordId[], offset: number, about = "") {
  return s.sign(who, siteSettingDraft({ chapter: s.north, decision, about, pinned: [], links: [], sections: [], posting }, deps), offset);
}

/** Signs the records of site.json. Rejects only if signing fails. */
export async function siteVectorRecords(s: ChatScenario): Promise<SiteVectorRecords> {
  const facilitator = await signRecord(s.people.alice, {
    kind: "role",
    body: { chapter: s.north, member: s.key("alice"), role: FACILITATOR, grant: true, decision: null },
    at: T0 + 3,
    deps: [s.north],
  });
  const authority = [facilitator.id, s.grants.aliceNorth];
  const decision = await s.sign("alice", decisionDraft({ chapter: s.north, proposal: fakeId("proposal") as ProposalId, open: fakeId("open"), close: fakeId("close"), result: { outcome: "adopted" } }, authority), 200);
  const settings = [
    { note: "SITE1: alice's setting: moderators post in the blog and start topics", record: await s.sign("alice", siteSettingDraft({ chapter: s.north, decision: decision.id, about: "Tenants of North.\nWe meet on Mondays.", pinned: [], links: [{ title: "Our map", url: "https://example.org/map" }], sections: ["blog", "forum"], posting: { blog: "role:moderator", forum: "role:moderator" } }, authority), 201) },
    { note: "SITE1.4: an earlier setting of alice's, replaced by the later one", record: await settingOf(s, "alice", { blog: "organisation", forum: "members" }, decision.id, authority, 199) },
    { note: "SITE1.3: bob, no facilitator, sets anyone in the organisation", record: await settingOf(s, "bob", { blog: "organisation", forum: "organisation" }, decision.id, [s.grants.bob], 202) },
    { note: "SITE1.3: a setting citing a decision North does not hold", record: await settingOf(s, "alice", { blog: "organisation", forum: "organisation" }, fakeId("elsewhere"), authority, 203) },
    { note: "SITE1.1: an audience that is none of the three", record: await s.sign("alice", { kind: "site-setting", body: { chapter: s.north, decision: decision.id, about: "", pinned: [], links: [], sections: [], posting: { blog: "everyone", forum: "members" } }, deps: [s.north, ...authority] }, 204) },
  ];
  const category = await s.sign("bob", forumCategoryDraft({ chapter: s.north, name: "Repairs", about: "" }, [s.grants.bob]), 205);
  const writings = [
    { note: "SITE2: carol, North's moderator, posts", record: await s.sign("carol", postDraft({ chapter: s.north, title: "From the moderator", decisions: [] }, [s.moderator, s.grants.carol]), 210) },
    { note: "SITE2: bob, a member but no moderator, posts", record: await s.sign("bob", postDraft({ chapter: s.north, title: "From bob", decisions: [] }, [s.grants.bob]), 211) },
    { note: "SITE2: carol starts a topic", record: await s.sign("carol", topicDraft({ chapter: s.north, category: category.id, title: "Moderated topic" }, [s.moderator, s.grants.carol]), 212) },
    { note: "SITE2: bob starts a topic", record: await s.sign("bob", topicDraft({ chapter: s.north, category: category.id, title: "Bob's topic" }, [s.grants.bob]), 213) },
  ];
  return { facilitator, decision, settings, category, writings };
}
