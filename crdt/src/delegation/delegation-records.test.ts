import { describe, expect, it } from "vitest";
import type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import { parseKindBody } from "../kinds/registry.js";
import { openDraft } from "../votes/vote-records.js";
import { parseVoteBody } from "../votes/vote-bodies.js";
import { MAX_SET_IDS, parseDelegationBody } from "./delegation-bodies.js";
import { delegateDraft, delegationSetDrafts } from "./delegation-records.js";

const id = (c: string) => `${c.repeat(42)}A` as RecordId;
const chapter = id("c") as ChapterId;
const proposal = id("p") as ProposalId;
const openFields = {
  chapter,
  proposal,
  version: id("v"),
  textHash: id("h"),
  options: [],
  rule: { type: "majority" },
  closesAt: 10,
  finalAt: 20,
  heads: [id("x")],
  shards: 1,
  boxes: [{ chapter, shard: 0, document: "automerge:Box1" as DocumentUrl }],
};

describe("delegation records", () => {
  it("[DG1.4] an open with delegations names its sets, sorted, in its deps; one without has no such member", () => {
    const withSets = openDraft({ ...openFields, delegations: { sets: [id("t"), id("s")], depth: 2, cap: 10, topic: "budget" } });
    expect(withSets.body.delegations).toEqual({ sets: [id("s"), id("t")], depth: 2, cap: 10, topic: "budget" });
    expect(withSets.deps).toEqual(expect.arrayContaining([id("s"), id("t")]));
    expect(parseKindBody("open", withSets.body)).toMatchObject({ ok: true });
    expect("delegations" in openDraft(openFields).body).toBe(false);
  });

  it("[DG1.4] bad delegation settings in an open are malformed, each with its reason", () => {
    const body = openDraft(openFields).body;
    const settings = { sets: [], depth: 1, cap: null, topic: null };
    expect(parseVoteBody("open", { ...body, delegations: { ...settings, depth: 0 } })).toMatchObject({ ok: false, problem: expect.stringMatching(/delegations.depth/) });
    expect(parseVoteBody("open", { ...body, delegations: { ...settings, depth: 17 } })).toMatchObject({ ok: false, problem: expect.stringMatching(/delegations.depth/) });
    expect(parseVoteBody("open", { ...body, delegations: { ...settings, cap: 0 } })).toMatchObject({ ok: false, problem: expect.stringMatching(/delegations.cap/) });
    expect(parseVoteBody("open", { ...body, delegations: { ...settings, topic: "" } })).toMatchObject({ ok: false, problem: expect.stringMatching(/delegations.topic/) });
    expect(parseVoteBody("open", { ...body, delegations: { ...settings, sets: [id("t"), id("s")] } })).toMatchObject({ ok: false, problem: expect.stringMatching(/sorted/) });
    expect(parseVoteBody("open", { ...body, delegations: { sets: [], depth: 1 } })).toMatchObject({ ok: false, problem: expect.stringMatching(/^delegations: body has members/) });
    expect(parseVoteBody("open", { ...body, delegations: null })).toMatchObject({ ok: false });
  });

  it("[DG1.1] a delegation's scope is exactly one of its three forms, and `to` a key or null", () => {
    const good = delegateDraft({ scope: { chapter, topic: "budget" }, to: id("k") as unknown as MemberKey, seq: 1 }).body;
    expect(parseDelegationBody("delegate", good)).toMatchObject({ ok: true });
    expect(parseDelegationBody("delegate", { ...good, scope: { chapter, topic: "budget", subchapters: true } })).toMatchObject({ ok: false, problem: expect.stringMatching(/^scope is not exactly/) });
    expect(parseDelegationBody("delegate", { ...good, scope: { chapter } })).toMatchObject({ ok: false });
    expect(parseDelegationBody("delegate", { ...good, scope: { chapter, subchapters: "yes" } })).toMatchObject({ ok: false, problem: expect.stringMatching(/subchapters/) });
    expect(parseDelegationBody("delegate", { ...good, to: "bob" })).toMatchObject({ ok: false, problem: expect.stringMatching(/^to /) });
    expect(parseDelegationBody("delegate", { ...good, seq: 0 })).toMatchObject({ ok: false, problem: expect.stringMatching(/^seq/) });
    expect(parseDelegationBody("delegate", { ...good, expires: -1 })).toMatchObject({ ok: false, problem: expect.stringMatching(/^expires/) });
  });

  it("[DG1.3] the taken ids are split into sets of at most MAX_SET_IDS, sorted without repeats", () => {
    const ids = Array.from({ length: MAX_SET_IDS + 3 }, (_, i) => `${String(i).padStart(42, "0")}A` as RecordId);
    const drafts = delegationSetDrafts([...ids].reverse());
    expect(drafts.map((draft) => draft.body.ids.length)).toEqual([MAX_SET_IDS, 3]);
    expect(drafts.flatMap((draft) => draft.body.ids)).toEqual([...ids].sort());
    for (const draft of drafts) expect(parseKindBody("delegation-set", draft.body)).toMatchObject({ ok: true });
  });
});
