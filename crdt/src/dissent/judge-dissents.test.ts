import { beforeAll, describe, expect, it } from "vitest";
import { hideDraft } from "../chat/chat-records.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import * as A from "@automerge/automerge";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { CHAPTER_DOCUMENT, createChapterDoc } from "../documents/chapter.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../documents/organisation.js";
import { addRecord } from "../documents/record-map.js";
import { CausalRosters } from "../proposals/causal-rosters.js";
import { canonicalize } from "../records/canonical.js";
import type { DocumentUrl, RecordId } from "../records/ids.js";
import { recordIdOf, signRecord, type ParsedRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import { dissentDraft } from "./dissent-draft.js";
import { judgeDissents } from "./judge-dissents.js";
import { blogOrganisation } from "../blog/test-helpers/blog-organisation.js";
import { readDissents, readLinkedDissents } from "./read-dissents.js";

let s: ChatScenario;
/** A decision record of North, as the decisions log holds it (its own validity is V7's, not judged here): it cites its open and close, held in a Proposal document the log does not read. */
let decision: ParsedRecord;
/** Ids of records no document of the log holds. */
const openId = ("o".repeat(42) + "A") as RecordId;
const closeId = ("c".repeat(42) + "A") as RecordId;
beforeAll(async () => {
  s = await chatScenario();
  decision = await signRecord(s.people.alice, {
    kind: "decision",
    body: { chapter: s.north, proposal: s.grants.bob, open: openId, close: closeId, result: { outcome: "passed" } },
    at: s.governance[0]!.envelope.at + 50,
    deps: [s.north, openId, closeId],
  });
});

/** `records` judged beside the decision, over rosters holding the governance records and them, as a device holding them has them. */
function judge(records: readonly ParsedRecord[]) {
  const held = new Map([...s.governance, decision, ...records].map((record) => [record.id, record]));
  return judgeDissents(s.north, [decision, ...records], new CausalRosters(held));
}

describe("dissent on the record (DS)", () => {
  it("[DS1] [DS1.2] [DS2] [DS4] members' dissents are shown with their decision in display order, though the decision's own past is in a Proposal document not read here", async () => {
    const later = await s.sign("carol", dissentDraft({ chapter: s.north, decision: decision.id, text: "The garden loses\nits only budget." }, [s.grants.carol]), 70);
    const first = await s.sign("bob", dissentDraft({ chapter: s.north, decision: decision.id, text: "I disagree." }, [s.grants.bob]), 60);
    const judged = judge([later, first]);
    expect(judged.byDecision.get(decision.id)?.map((d) => [d.author, d.text, d.hidden])).toEqual([
      [s.key("bob"), "I disagree.", null],
      [s.key("carol"), "The garden loses\nits only budget.", null],
    ]);
  });

  it("[DS1.4] [DS2] a dissent by a non-member, one for another chapter and one on no decision of the log are refused with their rule", async () => {
    const stranger = await s.sign("erin", dissentDraft({ chapter: s.north, decision: decision.id, text: "Outsider" }, []), 60);
    const elsewhere = await s.sign("alice", dissentDraft({ chapter: s.root, decision: decision.id, text: "Wrong log" }, [s.grants.aliceRoot]), 61);
    const nowhere = await s.sign("bob", dissentDraft({ chapter: s.north, decision: s.moderator, text: "Lost" }, [s.grants.bob]), 62);
    const judged = judge([stranger, elsewhere, nowhere]);
    expect(judged.verdicts.get(stranger.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[DS1\.4\]/) });
    expect(judged.verdicts.get(elsewhere.id)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[DS1\.3\]/) });
    expect(judged.verdicts.get(nowhere.id)).toMatchObject({ status: "missing-deps", detail: expect.stringMatching(/^\[DS2\]/) });
    expect(judged.byDecision.size).toBe(0);
  });

  it("[DS1] [D3.6] read from the chapter's document, a forged dissent (carol's words under bob's key) is never shown, the genuine one is", async () => {
    const genuine = await s.sign("carol", dissentDraft({ chapter: s.north, decision: decision.id, text: "Bob now agrees" }, [s.grants.carol]), 60);
    const forgedText = canonicalize({ ...genuine.envelope, signer: s.key("bob") });
    const honest = await s.sign("bob", dissentDraft({ chapter: s.north, decision: decision.id, text: "I disagree." }, [s.grants.bob]), 61);
    const [rootGenesis, northGenesis, ...governance] = s.governance;
    const org = A.change(createOrganisationDoc(), (d) => [rootGenesis!, northGenesis!].forEach((record) => addRecord(d.chapters, record)));
    const north = A.change(createChapterDoc(), (d) => {
      for (const record of governance) addRecord(d.governance, record);
      for (const record of [decision, honest]) addRecord(d.decisions, record);
      d.decisions[recordIdOf(forgedText)] = new A.ImmutableString(forgedText);
    });
    const snapshots = {
      organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) },
      chapters: [{ url: (northGenesis!.envelope.body as { document: DocumentUrl }).document, snapshot: snapshotDocument(CHAPTER_DOCUMENT, north) }],
    };
    const read = await readDissents(snapshots, s.north, await createVerifier(), new VerifiedCache());
    expect(read.byDecision.get(decision.id)?.map((d) => [d.author, d.text])).toEqual([[s.key("bob"), "I disagree."]]);
  });

  it("[DS3] [CH8.2] a moderator hides an abusive dissent with a reason: shown hidden with the reason, its text kept; a member's hide is refused; shown again by a later record", async () => {
    const abuse = await s.sign("bob", dissentDraft({ chapter: s.north, decision: decision.id, text: "Carol is a liar" }, [s.grants.bob]), 60);
    const hidden = await s.sign("carol", hideDraft({ scope: decision.id, target: abuse.id, reason: "Insults a member, not the decision", hidden: true }, [s.moderator, s.grants.carol]), 61);
    const byBob = await s.sign("bob", hideDraft({ scope: decision.id, target: abuse.id, reason: "I take it back", hidden: true }, [s.grants.bob]), 62);
    const judged = judge([abuse, hidden, byBob]);
    expect(judged.byDecision.get(decision.id)).toEqual([expect.objectContaining({ text: "Carol is a liar", hidden: expect.objectContaining({ by: s.key("carol"), reason: "Insults a member, not the decision" }) })]);
    expect(judged.verdicts.get(byBob.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[DS3\]/) });
    const shown = await s.sign("carol", hideDraft({ scope: decision.id, target: abuse.id, reason: "Rephrased by its author", hidden: false }, [s.moderator, s.grants.carol]), 63);
    expect((judge([abuse, hidden, shown])).byDecision.get(decision.id)?.[0]?.hidden).toBeNull();
  });

  it("[DS1.5] a dissent linked to a current keeps the link in the log; one without stays as it was; a current that is no id, or a member no dissent has, is malformed with its member named", async () => {
    const current = s.grants.dave;
    const linked = await s.sign("bob", dissentDraft({ chapter: s.north, decision: decision.id, text: "With the tenants' current.", current }, [s.grants.bob]), 60);
    const plain = await s.sign("carol", dissentDraft({ chapter: s.north, decision: decision.id, text: "Alone." }, [s.grants.carol]), 61);
    const badCurrent = await s.sign("bob", { kind: "dissent", body: { chapter: s.north, decision: decision.id, text: "Bad link", current: "not-an-id" }, deps: [s.north, s.grants.bob] }, 62);
    const extra = await s.sign("bob", { kind: "dissent", body: { chapter: s.north, decision: decision.id, text: "Extra", currents: [current] }, deps: [s.north, s.grants.bob] }, 63);
    const judged = judge([linked, plain, badCurrent, extra]);
    expect(judged.byDecision.get(decision.id)?.map((d) => [d.text, d.current])).toEqual([
      ["With the tenants' current.", current],
      ["Alone.", undefined],
    ]);
    expect("current" in (judged.byDecision.get(decision.id)?.[1] ?? {})).toBe(false);
    expect(judged.verdicts.get(badCurrent.id)).toMatchObject({ status: "malformed", detail: expect.stringMatching(/^\[DS1\.1\] current is not/) });
    expect(judged.verdicts.get(extra.id)).toMatchObject({ status: "malformed", detail: expect.stringMatching(/^\[DS1\.1\] body has members/) });
  });

  it("[DS6] [DS3] a current shows the valid dissents linked to it from every chapter's log, in display order, a hidden one hidden with its reason; a dissent linked elsewhere, a forged one and a refused one are not shown", async () => {
    const current = s.grants.dave;
    const other = s.grants.carol;
    const northDissent = await s.sign("bob", dissentDraft({ chapter: s.north, decision: decision.id, text: "From North.", current }, [s.grants.bob]), 70);
    const abusive = await s.sign("alice", dissentDraft({ chapter: s.north, decision: decision.id, text: "Idiots.", current }, [s.grants.aliceNorth]), 60);
    const hidden = await s.sign("carol", hideDraft({ scope: decision.id, target: abusive.id, reason: "Insults", hidden: true }, [s.moderator, s.grants.carol]), 71);
    const elsewhere = await s.sign("carol", dissentDraft({ chapter: s.north, decision: decision.id, text: "Another current.", current: other }, [s.grants.carol]), 72);
    const stranger = await s.sign("erin", dissentDraft({ chapter: s.north, decision: decision.id, text: "Outsider", current }, []), 73);
    const forgedText = canonicalize({ ...northDissent.envelope, signer: s.key("carol") });
    const north = A.change(createChapterDoc(), (d) => {
      for (const record of s.governance.slice(2)) addRecord(d.governance, record);
      for (const record of [decision, northDissent, abusive, hidden, elsewhere, stranger]) addRecord(d.decisions, record);
      d.decisions[recordIdOf(forgedText)] = new A.ImmutableString(forgedText);
    });
    const read = await readLinkedDissents(blogOrganisation(s, north), current, await createVerifier(), new VerifiedCache());
    expect(read.map((d) => [d.chapter, d.decision, d.author, d.text, d.hidden?.reason ?? null])).toEqual([
      [s.north, decision.id, s.key("alice"), "Idiots.", "Insults"],
      [s.north, decision.id, s.key("bob"), "From North.", null],
    ]);
  });
});
