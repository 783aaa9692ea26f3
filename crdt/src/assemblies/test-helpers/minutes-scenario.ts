/**
 * The records of the paper results and minutes vector (crdt/vectors/assemblies/minutes.json) and
 * what they give, as plain JSON. Built on chat's scenario (North: alice its founder, bob and carol
 * admitted; dave in Riverside above; erin no member): alice convenes an assembly chaired by her
 * and carol, quorum one half, with one item; three members check in, bob speaks; the chair enters three
 * results of the item — both tellers agree on the first, one has signed the second, a teller
 * counts the third differently — and a non-chair's, a non-teller's and a replayed one are refused;
 * alice names bob secretary, both write notes, and the minutes are signed by carol and bob, with a
 * non-chair's and a non-secretary's signatures refused. One case per rule of AS9 and AS10.
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { eventDraft } from "../../events/event-records.js";
import { judgeEvents } from "../../events/judge-events.js";
import { CausalRosters } from "../../proposals/causal-rosters.js";
import type { ChapterId, RecordId } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";
import { agendaCurrentDraft, agendaItemDraft, assemblyDraft, attendanceDraft, speakerDraft, speechDraft } from "../assembly-records.js";
import { minutesState } from "../assembly-minutes.js";
import { judgeAssembly } from "../judge-assembly.js";
import { judgeConvenings } from "../judge-convening.js";
import { judgeMinutes } from "../judge-minutes.js";
import { minutesNoteDraft, minutesSignDraft, paperResultDraft, secretaryDraft, tellerSignDraft } from "../minutes-records.js";
import type { PaperResultFields } from "../paper-result-bodies.js";
import { paperResults } from "../paper-results.js";
import type { NotedRecord } from "./assembly-scenario.js";

const START = Date.UTC(2026, 11, 12, 10);

/** Everything the records give, judged as a device reads the Assembly document (read-assembly.ts). */
export function minutesReading(governance: readonly ParsedRecord[], records: readonly ParsedRecord[], north: ChapterId, assembly: RecordId) {
  const rosters = new CausalRosters(new Map([...governance, ...records].map((record) => [record.id, record])));
  const chapterKinds = new Set(["event", "assembly"]);
  const inChapter = records.filter((record) => chapterKinds.has(record.envelope.kind));
  const events = judgeEvents(north, inChapter, rosters).events;
  const convening = judgeConvenings(north, inChapter, new Set(events.map((event) => event.id)), rosters).assemblies.get(assembly)!;
  const own = records.filter((record) => !chapterKinds.has(record.envelope.kind) || record.id === assembly);
  const judged = judgeAssembly(assembly, convening, own, rosters);
  const items = new Set(judged.valid.flatMap(({ body, record }) => (body.kind === "agenda-item" && body.item === null ? [record.id] : [])));
  const said = judgeMinutes(assembly, convening, own, rosters, items);
  return { said, results: paperResults(said.valid), minutes: minutesState(convening, judged.valid, said.valid) };
}

/** The vector's records in the order they were signed: the chapter's (event, assembly) first, then the assembly's own. */
export async function minutesVectorRecords(s: ChatScenario): Promise<NotedRecord[]> {
  const out: NotedRecord[] = [];
  const add = (note: string, record: ParsedRecord) => (out.push({ note, record }), record);
  const { grants } = s;
  const event = add("[EV1] alice's event in North", await s.sign("alice", eventDraft({ chapter: s.north, title: "Autumn assembly", description: "", start: START, end: START + 3_600_000, zone: "Europe/Madrid", place: { type: "host" }, capacity: null }, [grants.aliceNorth]), 5));
  const assembly = add("[AS2] alice convenes it, chaired by her and carol, quorum one half", await s.sign("alice", assemblyDraft({ chapter: s.north, event: event.id, chairs: [s.key("alice"), s.key("carol")], quorum: { num: 1, den: 2 } }, [grants.aliceNorth]), 6));
  const other = add("[AS2] carol convenes a second assembly of the event", await s.sign("carol", assemblyDraft({ chapter: s.north, event: event.id, chairs: [s.key("carol")], quorum: null }, [grants.carol]), 7));
  const a = assembly.id;
  const budget = add("[AS4.1] alice adds the budget", await s.sign("alice", agendaItemDraft(a, null, { parent: null, order: 0, title: "Budget", minutes: 20, links: [], removed: false }, [grants.aliceNorth]), 10));
  add("[AS5.1] bob checks in", await s.sign("bob", attendanceDraft("check-in", a, s.key("bob"), [grants.bob]), 11));
  add("[AS5.1] carol checks in", await s.sign("carol", attendanceDraft("check-in", a, s.key("carol"), [grants.carol]), 12));
  add("[AS3.5] carol checks alice in: chair-attested", await s.sign("carol", attendanceDraft("check-in", a, s.key("alice"), [grants.carol, grants.aliceNorth]), 13));
  add("[AS4.4] alice makes the budget the current item", await s.sign("alice", agendaCurrentDraft(a, budget.id, [grants.aliceNorth]), 14));
  const asks = add("[AS6.1] bob asks the floor for the budget", await s.sign("bob", speakerDraft(a, budget.id, s.key("bob"), "pro", [grants.bob]), 15));
  add("[AS6.3] bob spoke 90 seconds", await s.sign("carol", speechDraft(a, asks.id, 90, [grants.carol]), 16));
  const tellers = [s.key("bob"), s.key("carol")];
  const fields = (question: string, counts: readonly [number, number], more: Partial<PaperResultFields> = {}): PaperResultFields => ({
    item: budget.id,
    question,
    method: "hands",
    options: [
      { label: "For", count: counts[0] },
      { label: "Against", count: counts[1] },
    ],
    abstentions: 1,
    present: 3,
    electorate: 3,
    quorum: { num: 1, den: 2 },
    threshold: { num: 2, den: 3 },
    tellers,
    ...more,
  });
  const adopt = add("[AS9.1] alice enters a show of hands on the budget, bob and carol tellers", await s.sign("alice", paperResultDraft(a, fields("Adopt the budget?", [2, 0]), [grants.aliceNorth]), 20));
  add("[AS9.3] bob's count agrees", await s.sign("bob", tellerSignDraft(a, adopt.id, [2, 0], 1, [grants.bob]), 21));
  add("[AS9.3] carol's count agrees: confirmed", await s.sign("carol", tellerSignDraft(a, adopt.id, [2, 0], 1, [grants.carol]), 22));
  const paper = add("[AS9.1] carol enters a paper ballot on an amendment, tied", await s.sign("carol", paperResultDraft(a, fields("Amend line 4?", [1, 1], { method: "paper", threshold: null }), [grants.carol]), 23));
  add("[AS9.3] only bob has signed it: unconfirmed", await s.sign("bob", tellerSignDraft(a, paper.id, [1, 1], 1, [grants.bob]), 24));
  add("[AS9.2] alice, no teller of it, signs it", await s.sign("alice", tellerSignDraft(a, paper.id, [1, 1], 1, [grants.aliceNorth]), 25));
  const late = add("[AS9.1] alice enters a vote when only one of five would be present: no quorum", await s.sign("alice", paperResultDraft(a, fields("Close early?", [1, 0], { present: 1, electorate: 5, abstentions: 0 }), [grants.aliceNorth]), 26));
  add("[AS9.3] carol counts it differently: disputed", await s.sign("carol", tellerSignDraft(a, late.id, [0, 1], 0, [grants.carol]), 27));
  const bobs = add("[AS3.4] bob, no chair, enters a result", await s.sign("bob", paperResultDraft(a, fields("Party?", [3, 0]), [grants.bob]), 28));
  add("[AS9.2] carol signs bob's result: it is no result", await s.sign("carol", tellerSignDraft(a, bobs.id, [3, 0], 1, [grants.carol]), 29));
  add("[AS3.1] carol's result of the other assembly, replayed into this one", await s.sign("carol", paperResultDraft(other.id, fields("Elsewhere?", [1, 0]), [grants.carol]), 30));
  add("[AS10.1] alice names erin, no member, secretary", await s.sign("alice", secretaryDraft(a, s.key("erin"), [grants.aliceNorth]), 39));
  add("[AS10.1] alice names bob secretary", await s.sign("alice", secretaryDraft(a, s.key("bob"), [grants.aliceNorth, grants.bob]), 40));
  add("[AS10.2] carol's note as chair", await s.sign("carol", minutesNoteDraft(a, "chair", "Quiet meeting.", [grants.carol]), 41));
  add("[AS10.2] alice's later note as chair: it stands", await s.sign("alice", minutesNoteDraft(a, "chair", "The budget passed.\nThanks to the tellers.", [grants.aliceNorth]), 42));
  add("[AS10.2] bob's note as secretary", await s.sign("bob", minutesNoteDraft(a, "secretary", "Minutes taken by bob.", [grants.bob]), 43));
  add("[AS10.2] carol writes as the secretary: she is not", await s.sign("carol", minutesNoteDraft(a, "secretary", "Forged.", [grants.carol]), 44));
  const draft = minutesReading(s.governance, out.map(({ record }) => record), s.north, a).minutes;
  add("[AS10.3] dave, no chair, signs as the chair", await s.sign("dave", minutesSignDraft(a, "chair", draft.until, draft.digest, [grants.dave]), 50));
  add("[AS10.3] carol signs as the secretary: she is a chair, not the secretary", await s.sign("carol", minutesSignDraft(a, "secretary", draft.until, draft.digest, [grants.carol]), 51));
  add("[AS10.5] bob signs an earlier draft as the secretary", await s.sign("bob", minutesSignDraft(a, "secretary", draft.until - 1, draft.digest, [grants.bob]), 52));
  add("[AS10.3] bob signs the draft as the secretary: the latest counts", await s.sign("bob", minutesSignDraft(a, "secretary", draft.until, draft.digest, [grants.bob]), 53));
  add("[AS10.5] carol signs it as the chair: the minutes are signed", await s.sign("carol", minutesSignDraft(a, "chair", draft.until, draft.digest, [grants.carol]), 54));
  add("[AS10.5] bob checks out after the minutes' until: not in them", await s.sign("bob", attendanceDraft("check-out", a, s.key("bob"), [grants.bob]), 60));
  return out;
}

/** What the vector's records give: each AS9/AS10 record's verdict, the results, and the minutes. */
export function minutesVectorExpectations(governance: readonly ParsedRecord[], records: readonly ParsedRecord[], north: ChapterId, assembly: RecordId) {
  const { said, results, minutes } = minutesReading(governance, records, north, assembly);
  return {
    verdicts: Object.fromEntries(records.filter((record) => said.verdicts.has(record.id)).map((record) => [record.id, said.verdicts.get(record.id)])),
    results: results.map(({ id, status, outcome, winner, counts }) => ({ id, status, outcome, winner, counts: counts.map(({ teller, agrees }) => ({ teller, agrees })) })),
    minutes: { secretary: minutes.secretary, notes: minutes.notes, until: minutes.until, text: minutes.text, digest: minutes.digest, signatures: minutes.signatures, signed: minutes.signed },
  };
}
