import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocument } from "../chokepoint/read-document.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import type { AssemblyDoc } from "../documents/assembly.js";
import { ASSEMBLY_DOCUMENT } from "../documents/assembly.js";
import { eventDraft } from "../events/event-records.js";
import type { ParsedRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { agendaCurrentDraft, agendaItemDraft, assemblyDraft, attendanceDraft, speakerDraft, speakersOrderDraft, speechDraft, type AgendaItemFields } from "./assembly-records.js";
import { assemblyGenesis } from "./assembly-document.js";
import { assemblyView } from "./assembly-view.js";
import { judgeAssembly } from "./judge-assembly.js";
import { judgeConvenings, type Convening } from "./judge-convening.js";
import { presencePanel } from "./presence-panel.js";
import { CausalRosters } from "../proposals/causal-rosters.js";

let s: ChatScenario;
let event: ParsedRecord;
let convening: Convening;
let other: Convening;
const START = Date.UTC(2026, 11, 12, 10);

function rosters(records: readonly ParsedRecord[]): CausalRosters {
  return new CausalRosters(new Map([...s.governance, event, convening.record, other.record, ...records].map((record) => [record.id, record])));
}
function judge(records: readonly ParsedRecord[], assembly: Convening = convening) {
  return judgeAssembly(assembly.id, assembly, records, rosters(records));
}
const fields = (title: string, order: number, more: Partial<AgendaItemFields> = {}): AgendaItemFields => ({ parent: null, order, title, minutes: 10, links: [], removed: false, ...more });

beforeAll(async () => {
  s = await chatScenario();
  event = await s.sign("alice", eventDraft({ chapter: s.north, title: "Assembly", description: "", start: START, end: START + 3_600_000, zone: "UTC", place: { type: "host" }, capacity: null }, [s.grants.aliceNorth]), 5);
  const first = await s.sign("alice", assemblyDraft({ chapter: s.north, event: event.id, chairs: [s.key("alice"), s.key("carol")], quorum: { num: 1, den: 2 } }, [s.grants.aliceNorth]), 6);
  const second = await s.sign("carol", assemblyDraft({ chapter: s.north, event: event.id, chairs: [s.key("carol")], quorum: null }, [s.grants.carol]), 7);
  const held = new CausalRosters(new Map([...s.governance, event, first, second].map((record) => [record.id, record])));
  const judged = judgeConvenings(s.north, [first, second], new Set([event.id]), held);
  convening = judged.assemblies.get(first.id)!;
  other = judged.assemblies.get(second.id)!;
});

describe("convening an assembly (AS2)", () => {
  it("[AS2] an assembly for an event that is not a valid event of the chapter is refused as out of context", async () => {
    const stray = await s.sign("alice", assemblyDraft({ chapter: s.north, event: convening.id, chairs: [s.key("alice")], quorum: null }, [s.grants.aliceNorth]), 8);
    const judged = judgeConvenings(s.north, [stray], new Set([event.id]), rosters([stray]));
    expect(judged.verdicts.get(stray.id)).toEqual({ status: "wrong-context", detail: `[AS2] no valid event ${convening.id} in this chapter` });
  });
});

describe("the agenda (AS4)", () => {
  it("[AS4.2] two chairs' concurrent edits of the agenda, on two devices, merge without losing an item", async () => {
    const budget = await s.sign("alice", agendaItemDraft(convening.id, null, fields("Budget", 1), [s.grants.aliceNorth]), 10);
    const base = A.change(A.load<AssemblyDoc>(assemblyGenesis(), { actor: "aaaa" }), (d) => {
      d.agenda[budget.id] = new A.ImmutableString(budget.text);
    });
    // Offline at once: alice renames the budget and adds an item; carol edits the budget's time box and adds another at the same place.
    const aliceEdit = await s.sign("alice", agendaItemDraft(convening.id, budget.id, fields("Budget 2027", 1), [s.grants.aliceNorth]), 20);
    const aliceItem = await s.sign("alice", agendaItemDraft(convening.id, null, fields("Garden", 2), [s.grants.aliceNorth]), 20);
    const carolEdit = await s.sign("carol", agendaItemDraft(convening.id, budget.id, fields("Budget", 1, { minutes: 25 }), [s.grants.carol]), 21);
    const carolItem = await s.sign("carol", agendaItemDraft(convening.id, null, fields("Party", 2), [s.grants.carol]), 20);
    const onAlice = A.change(A.clone(base, { actor: "bbbb" }), (d) => {
      for (const r of [aliceEdit, aliceItem]) d.agenda[r.id] = new A.ImmutableString(r.text);
    });
    const onCarol = A.change(A.clone(base, { actor: "cccc" }), (d) => {
      for (const r of [carolEdit, carolItem]) d.agenda[r.id] = new A.ImmutableString(r.text);
    });
    const merged = A.merge(A.clone(onAlice), onCarol);
    const read = await readDocument(ASSEMBLY_DOCUMENT, merged, await createVerifier(), { authorise: (records) => ({ accepted: records, rejections: [] }) });
    const view = assemblyView(convening, judge(read.maps.agenda).valid);
    expect(view.agenda.map((node) => node.title).sort()).toEqual(["Budget", "Garden", "Party"]);
    expect(view.agenda.find((node) => node.id === budget.id)).toMatchObject({ title: "Budget", minutes: 25 });
  });

  it("[AS4.3] [AS4.4] items nest under their parent, siblings by order; the chair's latest pointer is the current item", async () => {
    const one = await s.sign("alice", agendaItemDraft(convening.id, null, fields("One", 5), [s.grants.aliceNorth]), 10);
    const two = await s.sign("alice", agendaItemDraft(convening.id, null, fields("Two", 1), [s.grants.aliceNorth]), 11);
    const under = await s.sign("carol", agendaItemDraft(convening.id, null, fields("Under one", 0, { parent: one.id }), [s.grants.carol]), 12);
    const first = await s.sign("carol", agendaCurrentDraft(convening.id, two.id, [s.grants.carol]), 13);
    const later = await s.sign("alice", agendaCurrentDraft(convening.id, under.id, [s.grants.aliceNorth]), 14);
    const view = assemblyView(convening, judge([one, two, under, first, later]).valid);
    expect(view.agenda.map((node) => [node.title, node.children.map((child) => child.title)])).toEqual([["Two", []], ["One", ["Under one"]]]);
    expect(view.current).toBe(under.id);
  });
});

describe("attendance (AS3, AS5)", () => {
  it("[AS3.5] a check-in signed by a non-member is refused", async () => {
    const erin = await s.sign("erin", attendanceDraft("check-in", convening.id, s.key("erin"), []), 40);
    const judged = judge([erin]);
    expect(judged.verdicts.get(erin.id)?.status).toBe("ineligible-signer");
    expect(assemblyView(convening, judged.valid).attendance).toEqual([]);
  });

  it("[AS3.1] a check-in replayed from another assembly is refused", async () => {
    const there = await s.sign("bob", attendanceDraft("check-in", other.id, s.key("bob"), [s.grants.bob]), 40);
    const judged = judge([there]);
    expect(judged.verdicts.get(there.id)).toEqual({ status: "wrong-context", detail: `[AS3.1] a record of assembly ${other.id}, not of ${convening.id}` });
    expect(judge([there], other).verdicts.get(there.id)?.status).toBe("valid");
  });

  it("[AS5.1] a member checked in twice counts once", async () => {
    const once = await s.sign("bob", attendanceDraft("check-in", convening.id, s.key("bob"), [s.grants.bob]), 40);
    const twice = await s.sign("bob", attendanceDraft("check-in", convening.id, s.key("bob"), [s.grants.bob]), 41);
    const view = assemblyView(convening, judge([once, twice]).valid);
    expect(view.attendance.map((entry) => entry.member)).toEqual([s.key("bob")]);
    const panel = presencePanel(view.attendance, [s.key("alice"), s.key("bob"), s.key("carol")], convening.quorum);
    expect(panel).toMatchObject({ weight: 1, electorate: 3, needed: 2, met: false });
  });

  it("[AS3.5] [AS5.1] a chair checks a member in (shown as chair-attested); a member who is no chair cannot", async () => {
    const byChair = await s.sign("carol", attendanceDraft("check-in", convening.id, s.key("bob"), [s.grants.carol, s.grants.bob]), 40);
    const byBob = await s.sign("bob", attendanceDraft("check-in", convening.id, s.key("carol"), [s.grants.bob, s.grants.carol]), 41);
    const judged = judge([byChair, byBob]);
    expect(judged.verdicts.get(byBob.id)?.status).toBe("ineligible-signer");
    expect(assemblyView(convening, judged.valid).attendance).toEqual([{ member: s.key("bob"), present: true, attested: true, at: byChair.envelope.at, id: byChair.id }]);
  });

  it("[AS5.2] the quorum turns met once enough members are in the room, and a check-out counts", async () => {
    const bob = await s.sign("bob", attendanceDraft("check-in", convening.id, s.key("bob"), [s.grants.bob]), 40);
    const carol = await s.sign("carol", attendanceDraft("check-in", convening.id, s.key("carol"), [s.grants.carol]), 41);
    const out = await s.sign("carol", attendanceDraft("check-out", convening.id, s.key("carol"), [s.grants.carol]), 42);
    const voters = [s.key("alice"), s.key("bob"), s.key("carol")];
    const panelOf = (records: readonly ParsedRecord[]) => presencePanel(assemblyView(convening, judge(records).valid).attendance, voters, convening.quorum);
    expect(panelOf([bob]).met).toBe(false);
    expect(panelOf([bob, carol])).toMatchObject({ weight: 2, met: true });
    expect(panelOf([bob, carol, out])).toMatchObject({ weight: 1, met: false });
    expect(presencePanel([], voters, null).met).toBe(true);
  });
});

describe("speakers (AS6)", () => {
  it("[AS6.2] [AS6.3] [AS6.4] the chair's order first, the others by time, nothing reordered on its own; finished speeches leave the queue and add to the speaker's totals", async () => {
    const item = await s.sign("alice", agendaItemDraft(convening.id, null, fields("Budget", 0), [s.grants.aliceNorth]), 10);
    const ask = (who: "alice" | "bob" | "carol", as: "pro" | "contra" | "contribution" | "order", at: number) =>
      s.sign(who, speakerDraft(convening.id, item.id, s.key(who), as, [who === "alice" ? s.grants.aliceNorth : s.grants[who]]), at);
    const bob = await ask("bob", "pro", 20);
    const carol = await ask("carol", "contra", 21);
    const alice = await ask("alice", "order", 22);
    const order = await s.sign("carol", speakersOrderDraft(convening.id, item.id, [alice.id], [s.grants.carol]), 23);
    const queue = (records: readonly ParsedRecord[]) => assemblyView(convening, judge(records).valid).queues.get(item.id)!.map((entry) => [entry.member, entry.state]);
    expect(queue([item, bob, carol, alice])).toEqual([[s.key("bob"), "waiting"], [s.key("carol"), "waiting"], [s.key("alice"), "waiting"]]);
    expect(queue([item, bob, carol, alice, order])).toEqual([[s.key("alice"), "waiting"], [s.key("bob"), "waiting"], [s.key("carol"), "waiting"]]);
    const start = await s.sign("carol", speechDraft(convening.id, alice.id, null, [s.grants.carol]), 30);
    const stop = await s.sign("carol", speechDraft(convening.id, alice.id, 40, [s.grants.carol]), 70);
    expect(queue([item, bob, carol, alice, order, start])[0]).toEqual([s.key("alice"), "speaking"]);
    const view = assemblyView(convening, judge([item, bob, carol, alice, order, start, stop]).valid);
    expect(view.queues.get(item.id)!.map((entry) => entry.member)).toEqual([s.key("bob"), s.key("carol")]);
    expect(view.totals).toEqual([{ member: s.key("alice"), speeches: 1, seconds: 40 }]);
  });
});
