/**
 * The dissent vector's records (PROTOCOL.md DS), signed on the chat scenario (CH11): North holds a
 * decision; bob dissents from it, carol (North's moderator) hides abuse in alice's, bob
 * (no moderator) tries to hide his neighbour's; and a forged dissent claims carol's key for bob's
 * words; carol links a dissent to a current (DS1.5). Deterministic signatures (S9) give the same texts every time. Each record of North's
 * `decisions` has a note naming the rule it shows.
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { hideDraft } from "../../chat/chat-records.js";
import { hashText } from "../../encoding/hash.js";
import { canonicalize } from "../../records/canonical.js";
import type { ProposalId, RecordId } from "../../records/ids.js";
import { recordIdOf, type ParsedRecord } from "../../records/record.js";
import { decisionDraft } from "../../votes/vote-records.js";
import { dissentDraft } from "../dissent-draft.js";

/** A record of North's `decisions` (text and id: a forged one parses but its signature fails) and what it shows. */
export interface DissentVectorRecord {
  readonly note: string;
  readonly id: RecordId;
  readonly text: string;
}

const fakeId = (name: string) => hashText(`dissent-vector:${name}`) as RecordId;

/** The current the vector's linked dissent names (DS1.5): an id, as no Currents document is read. */
export const LINKED_CURRENT = fakeId("current");

/** Signs the records of dissent.json. Rejects only if signing fails. */
export async function dissentVectorRecords(s: ChatScenario): Promise<readonly DissentVectorRecord[]> {
  const decision = await s.sign("alice", decisionDraft({ chapter: s.north, proposal: fakeId("proposal") as ProposalId, open: fakeId("open"), close: fakeId("close"), result: { outcome: "adopted" } }, [s.grants.aliceNorth]), 100);
  const dissent = await s.sign("bob", dissentDraft({ chapter: s.north, decision: decision.id, text: "The boiler matters more than the stairwell lights." }, [s.grants.bob]), 101);
  const abusive = await s.sign("alice", dissentDraft({ chapter: s.north, decision: decision.id, text: "Whoever voted for this is an idiot." }, [s.grants.aliceNorth]), 102);
  const forgedText = canonicalize({ ...dissent.envelope, signer: s.key("carol") });
  const entry = (note: string, record: ParsedRecord) => ({ note, id: record.id, text: record.text });
  return [
    entry("V7: North's decision (its own validity is V7's, not judged here, DS2)", decision),
    entry("DS1: bob's dissent from the decision", dissent),
    entry("DS1: alice's dissent, with abuse in it", abusive),
    entry("DS1.4: dave, a member of the chapter above only, dissents", await s.sign("dave", dissentDraft({ chapter: s.north, decision: decision.id, text: "From above." }, [s.grants.dave]), 109)),
    { note: "D3.6: bob's words under carol's key: the signature fails, never shown", id: recordIdOf(forgedText), text: forgedText },
    entry("DS1.1: an empty statement", await s.sign("carol", { kind: "dissent", body: { chapter: s.north, decision: decision.id, text: "" }, deps: [s.north, s.grants.carol] }, 103)),
    entry("DS1.3: a dissent written for the root, copied into North's log", await s.sign("dave", dissentDraft({ chapter: s.root, decision: decision.id, text: "Wrong place." }, [s.grants.dave]), 104)),
    entry("DS2: a dissent from a decision this log does not hold", await s.sign("carol", dissentDraft({ chapter: s.north, decision: fakeId("elsewhere"), text: "Which decision?" }, [s.grants.carol]), 105)),
    entry("DS3: bob, no moderator, hides alice's dissent", await s.sign("bob", hideDraft({ scope: decision.id, target: abusive.id, reason: "I disagree with it", hidden: true }, [s.grants.bob]), 106)),
    entry("DS3: carol, North's moderator, hides the abusive dissent with her reason: still listed, hidden, its text kept", await s.sign("carol", hideDraft({ scope: decision.id, target: abusive.id, reason: "Insults the members who voted", hidden: true }, [s.moderator, s.grants.carol]), 107)),
    entry("DS3: a hide whose scope is not the dissent's decision", await s.sign("carol", hideDraft({ scope: fakeId("other"), target: dissent.id, reason: "Wrong scope", hidden: true }, [s.moderator, s.grants.carol]), 108)),
    entry("DS1.5: carol's dissent, linked to the tenants' current (shown under the decision and on the current's page, DS6)", await s.sign("carol", dissentDraft({ chapter: s.north, decision: decision.id, text: "The tenants' current holds the lights can wait.", current: LINKED_CURRENT }, [s.grants.carol]), 110)),
    entry("DS1.1: a dissent whose current is no id", await s.sign("bob", { kind: "dissent", body: { chapter: s.north, decision: decision.id, text: "Linked badly.", current: "tenants" }, deps: [s.north, s.grants.bob] }, 111)),
  ];
}
