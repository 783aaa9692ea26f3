/**
 * The currents vector's records (PROTOCOL.md CU8), signed on the chat scenario (CH11): alice, a
 * founder of Riverside, is made its moderator; alice and bob found currents that members of both
 * chapters join. Deterministic signatures (S9) give the same texts every time. Each record of the
 * Currents document has a note naming the rule it shows.
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { hideDraft } from "../../chat/chat-records.js";
import { MODERATOR } from "../../chat/room-authority.js";
import { hashText } from "../../encoding/hash.js";
import type { RecordId } from "../../records/ids.js";
import { signRecord, type ParsedRecord } from "../../records/record.js";
import { currentDraft, currentMembershipDraft } from "../current-records.js";

/** A record of the Currents document and what it shows. */
export interface CurrentsVectorRecord {
  readonly note: string;
  readonly record: ParsedRecord;
}

/** What currents.json holds: the governance added to the scenario's, and the Currents document's records. */
export interface CurrentsVectorRecords {
  /** Alice's `moderator` role in Riverside (a founder's, M9). */
  readonly moderator: ParsedRecord;
  readonly records: readonly CurrentsVectorRecord[];
  /** The current alice founds, which bob, carol and dave join. */
  readonly common: ParsedRecord;
}

/** Signs the records of currents.json. Rejects only if signing fails. */
export async function currentsVectorRecords(s: ChatScenario): Promise<CurrentsVectorRecords> {
  const moderator = await signRecord(s.people.alice, { kind: "role", body: { chapter: s.root, member: s.key("alice"), role: MODERATOR, grant: true, decision: null }, at: s.governance[0]!.envelope.at + 3, deps: [s.root] });
  const root = s.root;
  const common = await s.sign("alice", currentDraft({ root, name: "Common ground", statement: "Every chapter keeps a share of its dues for the others.\nWe argue for it everywhere." }, [s.grants.aliceRoot]), 10);
  const slow = await s.sign("bob", currentDraft({ root, name: "Slow streets", statement: "Streets are for people first." }, [s.grants.bob]), 11);
  const join = (who: "bob" | "carol" | "dave", grant: RecordId, current: RecordId, offset: number) => s.sign(who, currentMembershipDraft("current-join", { root, current }, [grant]), offset);
  const entry = async (note: string, record: Promise<ParsedRecord> | ParsedRecord) => ({ note, record: await record });
  const records = await Promise.all([
    entry("CU3: alice founds Common ground", common),
    entry("CU3: bob, of North, founds Slow streets", slow),
    entry("CU4: bob joins Common ground", join("bob", s.grants.bob, common.id, 12)),
    entry("CU4: dave, of Riverside, joins Common ground", join("dave", s.grants.dave, common.id, 13)),
    entry("CU4: carol joins Slow streets", join("carol", s.grants.carol, slow.id, 14)),
    entry("CU4.2: carol leaves Slow streets, her latest record", s.sign("carol", currentMembershipDraft("current-leave", { root, current: slow.id }, [s.grants.carol]), 15)),
    entry("CU2.4: erin, no member of the organisation, joins Common ground", s.sign("erin", currentMembershipDraft("current-join", { root, current: common.id }, []), 16)),
    entry("CU4.1: a join of a current this document does not hold, not citing it", s.sign("dave", { kind: "current-join", body: { root, current: hashText("currents-vector:elsewhere") }, deps: [root, s.grants.dave] }, 17)),
    entry("CU2.2: a current of North as if it were an organisation's root", s.sign("bob", currentDraft({ root: s.north, name: "Northern view", statement: "North first." }, [s.grants.bob]), 18)),
    entry("CU2.1: a name with a space at its start", s.sign("carol", currentDraft({ root, name: " Spaced", statement: "Spaced out." }, [s.grants.carol]), 19)),
    entry("CU6: carol, a moderator of North only, hides Common ground's statement", s.sign("carol", hideDraft({ scope: common.id, target: common.id, reason: "I disagree with it", hidden: true }, [s.moderator, s.grants.carol]), 20)),
    entry("CU6: alice, a moderator of Riverside, hides Slow streets' statement for abuse", s.sign("alice", hideDraft({ scope: slow.id, target: slow.id, reason: "Names a neighbour with an insult", hidden: true }, [moderator.id, s.grants.aliceRoot]), 21)),
    entry("CU6: a hide whose scope is not its target", s.sign("alice", hideDraft({ scope: slow.id, target: common.id, reason: "Wrong scope", hidden: true }, [moderator.id, s.grants.aliceRoot]), 22)),
  ]);
  return { moderator, records, common };
}
