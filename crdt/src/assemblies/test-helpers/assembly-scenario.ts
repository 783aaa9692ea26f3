/**
 * The records of the assembly vector (crdt/vectors/assemblies/assembly.json) and what they give, as
 * plain JSON. Built on chat's scenario (North: alice its founder, bob and carol admitted; dave in
 * Riverside above; erin no member): alice convenes an assembly chaired by her and carol, quorum
 * one half; the two chairs edit the agenda at once; members check in (bob twice, and once by a
 * chair); a non-member's check-in and one replayed from another assembly are refused; speakers
 * on an item are ordered by the chair and timed. One case per rule of AS2–AS6.
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { eventDraft } from "../../events/event-records.js";
import { CausalRosters } from "../../proposals/causal-rosters.js";
import type { ChapterId, MemberKey, RecordId } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";
import { electorate } from "../../membership/electorate.js";
import { judgeEvents } from "../../events/judge-events.js";
import { agendaCurrentDraft, agendaItemDraft, assemblyDraft, attendanceDraft, speakerDraft, speakersOrderDraft, speechDraft, type AgendaItemFields } from "../assembly-records.js";
import { assemblyView, type AgendaNode } from "../assembly-view.js";
import { judgeAssembly } from "../judge-assembly.js";
import { judgeConvenings } from "../judge-convening.js";
import { presencePanel } from "../presence-panel.js";

/** A record of the vector with the note naming what it shows. */
export interface NotedRecord {
  readonly note: string;
  readonly record: ParsedRecord;
}

const START = Date.UTC(2026, 11, 12, 10);
const item = (title: string, order: number, more: Partial<AgendaItemFields> = {}): AgendaItemFields => ({ parent: null, order, title, minutes: 10, links: [], removed: false, ...more });

/** The vector's records in the order they were signed: the chapter's (event, assemblies) first, then the assembly's own. */
export async function assemblyVectorRecords(s: ChatScenario): Promise<NotedRecord[]> {
  const out: NotedRecord[] = [];
  const add = (note: string, record: ParsedRecord) => (out.push({ note, record }), record);
  const { grants } = s;
  const event = add(
    "[EV1] alice's event in North, held at the meeting host",
    await s.sign("alice", eventDraft({ chapter: s.north, title: "Spring assembly", description: "", start: START, end: START + 3 * 3_600_000, zone: "Europe/Madrid", place: { type: "host" }, capacity: null }, [grants.aliceNorth]), 5),
  );
  const chairs = [s.key("alice"), s.key("carol")];
  const assembly = add("[AS2] alice convenes it, chaired by her and carol, quorum one half", await s.sign("alice", assemblyDraft({ chapter: s.north, event: event.id, chairs, quorum: { num: 1, den: 2 } }, [grants.aliceNorth]), 6));
  const other = add("[AS2] a second assembly of the same event", await s.sign("carol", assemblyDraft({ chapter: s.north, event: event.id, chairs: [s.key("carol")], quorum: null }, [grants.carol]), 7));
  add("[AS2] bob is not among the chairs he names", await s.sign("bob", assemblyDraft({ chapter: s.north, event: event.id, chairs: [s.key("alice")], quorum: null }, [grants.bob]), 8));
  const a = assembly.id;
  const welcome = add("[AS4.1] alice adds the first item", await s.sign("alice", agendaItemDraft(a, null, item("Welcome", 0, { minutes: 5 }), [grants.aliceNorth]), 10));
  const budget = add("[AS4.1] alice adds the budget", await s.sign("alice", agendaItemDraft(a, null, item("Budget", 1, { links: [event.id] }), [grants.aliceNorth]), 11));
  add("[AS4.2] alice edits the budget's title while carol, offline, edits its time box", await s.sign("alice", agendaItemDraft(a, budget.id, item("Budget 2027", 1, { links: [event.id] }), [grants.aliceNorth]), 20));
  add("[AS4.2] carol's edit of the budget, later: it stands", await s.sign("carol", agendaItemDraft(a, budget.id, item("Budget", 1, { minutes: 20, links: [event.id] }), [grants.carol]), 21));
  const garden = add("[AS4.2] carol adds an item at the same place at the same time: both stand", await s.sign("carol", agendaItemDraft(a, null, item("Garden", 1), [grants.carol]), 20));
  add("[AS4.3] carol nests a point under the garden", await s.sign("carol", agendaItemDraft(a, null, item("Tools", 0, { parent: garden.id, minutes: 0 }), [grants.carol]), 22));
  add("[AS4.2] alice removes the welcome", await s.sign("alice", agendaItemDraft(a, welcome.id, item("Welcome", 0, { minutes: 5, removed: true }), [grants.aliceNorth]), 23));
  add("[AS3.4] bob, no chair, adds an item", await s.sign("bob", agendaItemDraft(a, null, item("Party", 2), [grants.bob]), 24));
  add("[AS4.4] carol makes the budget the current item", await s.sign("carol", agendaCurrentDraft(a, budget.id, [grants.carol]), 25));
  const bobIn = (offset: number) => s.sign("bob", attendanceDraft("check-in", a, s.key("bob"), [grants.bob]), offset);
  add("[AS5.1] bob checks in from his phone", await bobIn(40));
  add("[AS5.1] bob checks in again: he counts once", await bobIn(41));
  add("[AS5.1] bob checks out", await s.sign("bob", attendanceDraft("check-out", a, s.key("bob"), [grants.bob]), 42));
  add("[AS3.5] carol, a chair, checks bob in: chair-attested", await s.sign("carol", attendanceDraft("check-in", a, s.key("bob"), [grants.carol, grants.bob]), 43));
  add("[AS5.1] carol checks in", await s.sign("carol", attendanceDraft("check-in", a, s.key("carol"), [grants.carol]), 44));
  add("[AS3.5] erin, no member, checks in", await s.sign("erin", attendanceDraft("check-in", a, s.key("erin"), []), 45));
  add("[AS3.5] dave, a member of Riverside above North only, checks in", await s.sign("dave", attendanceDraft("check-in", a, s.key("dave"), [grants.dave]), 46));
  add("[AS3.1] alice's check-in to the other assembly, replayed into this one", await s.sign("alice", attendanceDraft("check-in", other.id, s.key("alice"), [grants.aliceNorth]), 47));
  add("[AS3.5] bob checks alice in: he is no chair", await s.sign("bob", attendanceDraft("check-in", a, s.key("alice"), [grants.bob, grants.aliceNorth]), 48));
  const pro = add("[AS6.1] bob asks the floor for the budget", await s.sign("bob", speakerDraft(a, budget.id, s.key("bob"), "pro", [grants.bob]), 50));
  const contra = add("[AS6.1] carol asks to speak against", await s.sign("carol", speakerDraft(a, budget.id, s.key("carol"), "contra", [grants.carol]), 51));
  const order = add("[AS6.1] alice raises a point of order, by the chair's hand", await s.sign("carol", speakerDraft(a, budget.id, s.key("alice"), "order", [grants.carol, grants.aliceNorth]), 52));
  add("[AS3.5] erin asks the floor", await s.sign("erin", speakerDraft(a, budget.id, s.key("erin"), "contribution", []), 53));
  add("[AS6.2] carol orders: the point of order, then her own; bob's follows by time", await s.sign("carol", speakersOrderDraft(a, budget.id, [order.id, contra.id], [grants.carol]), 54));
  add("[AS6.3] alice speaks", await s.sign("carol", speechDraft(a, order.id, null, [grants.carol]), 55));
  add("[AS6.3] alice spoke 30 seconds", await s.sign("carol", speechDraft(a, order.id, 30, [grants.carol]), 85));
  add("[AS6.3] carol corrects alice's time to 45 seconds: the latest counts", await s.sign("carol", speechDraft(a, order.id, 45, [grants.carol]), 86));
  add("[AS6.3] carol passes", await s.sign("alice", speechDraft(a, contra.id, 0, [grants.aliceNorth]), 87));
  add("[AS6.3] bob has the floor", await s.sign("carol", speechDraft(a, pro.id, null, [grants.carol]), 88));
  add("[AS3.4] bob times himself", await s.sign("bob", speechDraft(a, pro.id, 600, [grants.bob]), 89));
  return out;
}

const flat = (nodes: readonly AgendaNode[]): unknown[] => nodes.map((node) => ({ id: node.id, title: node.title, minutes: node.minutes, children: flat(node.children) }));

/** What the vector's records give: each record's verdict (the chapter's, then the assembly's), the agenda, the panel and the speakers. */
export function assemblyVectorExpectations(governance: readonly ParsedRecord[], records: readonly ParsedRecord[], north: ChapterId, assembly: RecordId) {
  const rosters = new CausalRosters(new Map([...governance, ...records].map((record) => [record.id, record])));
  const chapterKinds = new Set(["event", "assembly"]);
  const inChapter = records.filter((record) => chapterKinds.has(record.envelope.kind));
  const events = judgeEvents(north, inChapter, rosters).events;
  const convened = judgeConvenings(north, inChapter, new Set(events.map((event) => event.id)), rosters);
  const judged = judgeAssembly(assembly, convened.assemblies.get(assembly), records.filter((record) => !chapterKinds.has(record.envelope.kind) || record.id === assembly), rosters);
  const view = assemblyView(convened.assemblies.get(assembly)!, judged.valid);
  const panel = presencePanel(view.attendance, electorate(rosters.foldAll().roster, north).map((entry) => entry.key), { num: 1, den: 2 });
  const verdicts = new Map([...convened.verdicts, ...judged.verdicts]);
  return {
    verdicts: Object.fromEntries(records.filter((record) => record.envelope.kind !== "event").map((record) => [record.id, verdicts.get(record.id)])),
    agenda: flat(view.agenda),
    current: view.current,
    attendance: view.attendance.map(({ member, present, attested }) => ({ member, present, attested })),
    panel,
    queues: Object.fromEntries([...view.queues].map(([id, queue]) => [id, queue.map(({ id: request, member, as, state }) => ({ request, member, as, state }))])),
    done: Object.fromEntries([...view.done].map(([id, list]) => [id, list.map(({ id: request, seconds }) => ({ request, seconds }))])),
    totals: view.totals as readonly { member: MemberKey; speeches: number; seconds: number }[],
  };
}
