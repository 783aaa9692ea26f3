import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { minutesNoteDraft, minutesSignDraft, paperResultDraft, secretaryDraft, tellerSignDraft } from "./minutes-records.js";
import { parseMinutesBody } from "./minutes-bodies.js";
import { parsePaperResultBody } from "./paper-result-bodies.js";
import { minutesReading, minutesVectorRecords } from "./test-helpers/minutes-scenario.js";
import type { NotedRecord } from "./test-helpers/assembly-scenario.js";

let scenario: { s: ChatScenario; records: NotedRecord[] } | undefined;
async function setUp() {
  if (scenario === undefined) {
    const s = await chatScenario();
    scenario = { s, records: await minutesVectorRecords(s) };
  }
  return scenario;
}
const assemblyOf = (records: readonly NotedRecord[]): RecordId => records[1]!.record.id;
const byNote = (records: readonly NotedRecord[], start: string): ParsedRecord => records.find(({ note }) => note.startsWith(start))!.record;
const without = (records: readonly NotedRecord[], ...starts: string[]): ParsedRecord[] => records.filter(({ note }) => !starts.some((start) => note.startsWith(start))).map(({ record }) => record);

describe("paper results (AS9)", () => {
  it("[AS9.3] a paper result with one teller's signature is shown as unconfirmed", async () => {
    const { s, records } = await setUp();
    const read = minutesReading(s.governance, without(records, "[AS9.3] carol's count agrees"), s.north, assemblyOf(records));
    const adopt = read.results.find((result) => result.question === "Adopt the budget?")!;
    expect(adopt.status).toBe("unconfirmed");
    expect(adopt.counts.map(({ teller }) => teller)).toEqual([s.key("bob")]);
  });

  it("[AS9.3] with both tellers' matching counts the result is confirmed", async () => {
    const { s, records } = await setUp();
    const read = minutesReading(s.governance, records.map(({ record }) => record), s.north, assemblyOf(records));
    expect(read.results.find((result) => result.question === "Adopt the budget?")).toMatchObject({ status: "confirmed", outcome: "decided", winner: "For" });
  });

  it("[AS9.3] a teller signing counts different from the chair's entry is a problem shown, not a confirmation, even beside the other teller's agreement", async () => {
    const { s, records } = await setUp();
    const a = assemblyOf(records);
    const adopt = byNote(records, "[AS9.1] alice enters a show of hands");
    const other = await s.sign("bob", tellerSignDraft(a, adopt.id, [1, 1], 1, [s.grants.bob]), 100);
    const read = minutesReading(s.governance, [...records.map(({ record }) => record), other], s.north, a);
    const shown = read.results.find((result) => result.id === adopt.id)!;
    expect(shown.status).toBe("disputed");
    expect(shown.counts.find(({ teller }) => teller === s.key("bob"))).toMatchObject({ agrees: false, counts: [1, 1] });
  });

  it("[AS9.2] a chair who is not named teller does not confirm a result", async () => {
    const { s, records } = await setUp();
    const a = assemblyOf(records);
    const paper = byNote(records, "[AS9.1] carol enters a paper ballot");
    const chair = await s.sign("alice", tellerSignDraft(a, paper.id, [1, 1], 1, [s.grants.aliceNorth]), 100);
    const read = minutesReading(s.governance, [...records.map(({ record }) => record), chair], s.north, a);
    expect(read.said.verdicts.get(chair.id)?.status).toBe("ineligible-signer");
    expect(read.results.find((result) => result.id === paper.id)?.status).toBe("unconfirmed");
  });

  it("[AS9.1] bad bodies are malformed with the field named: one teller twice, a label twice, a negative count, a threshold of 0", async () => {
    const { s, records } = await setUp();
    const good = paperResultDraft(assemblyOf(records), {
      item: assemblyOf(records),
      question: "Q?",
      method: "paper",
      options: [{ label: "Yes", count: 1 }],
      abstentions: 0,
      present: 1,
      electorate: 1,
      quorum: null,
      threshold: null,
      tellers: [s.key("bob"), s.key("carol")],
    }).body;
    expect(parsePaperResultBody("paper-result", good).ok).toBe(true);
    const problem = (body: object) => {
      const parsed = parsePaperResultBody("paper-result", body as never);
      return parsed.ok ? "" : parsed.problem;
    };
    expect(problem({ ...good, tellers: [s.key("bob"), s.key("bob")] })).toMatch(/^tellers/);
    expect(problem({ ...good, options: [{ label: "Yes", count: 1 }, { label: "Yes", count: 2 }] })).toMatch(/label twice/);
    expect(problem({ ...good, options: [{ label: "Yes", count: -1 }] })).toMatch(/options\[0\]\.count/);
    expect(problem({ ...good, threshold: { num: 0, den: 2 } })).toMatch(/threshold/);
    expect(problem({ ...good, method: "telepathy" })).toMatch(/^method/);
  });
});

describe("minutes (AS10)", () => {
  it("[AS10.3] minutes signed by someone without the secretary or chair role are shown as unsigned", async () => {
    const { s, records } = await setUp();
    const read = minutesReading(s.governance, without(records, "[AS10.5] carol signs it as the chair"), s.north, assemblyOf(records));
    expect(read.minutes.signed).toBe(false);
    expect(read.minutes.signatures.chair).toBeNull();
    const dave = byNote(records, "[AS10.3] dave, no chair");
    expect(read.said.verdicts.get(dave.id)?.status).toBe("ineligible-signer");
  });

  it("[AS10.5] a note edited after the minutes' until leaves the signed minutes as they were", async () => {
    const { s, records } = await setUp();
    const a = assemblyOf(records);
    const late = await s.sign("alice", minutesNoteDraft(a, "chair", "Edited afterwards.", [s.grants.aliceNorth]), 200);
    const read = minutesReading(s.governance, [...records.map(({ record }) => record), late], s.north, a);
    expect(read.minutes.signed).toBe(true);
    expect(read.minutes.notes.chair).toBe("Edited afterwards.");
    expect(read.minutes.text).not.toContain("Edited afterwards.");
  });

  it("[AS10.5] a signature of minutes this device computes differently (a record it lacks) does not count", async () => {
    const { s, records } = await setUp();
    const read = minutesReading(s.governance, without(records, "[AS10.2] bob's note as secretary"), s.north, assemblyOf(records));
    expect(read.minutes.signatures.chair?.matches).toBe(false);
    expect(read.minutes.signed).toBe(false);
  });

  it("[AS10.5] one person signing as both chair and secretary does not sign the minutes", async () => {
    const { s, records } = await setUp();
    const a = assemblyOf(records);
    const base = without(records, "[AS10.5] carol signs it as the chair", "[AS10.3] bob signs the draft", "[AS10.5] bob signs an earlier");
    // alice names herself secretary, then signs the draft both ways.
    const self = await s.sign("alice", secretaryDraft(a, s.key("alice"), [s.grants.aliceNorth]), 45);
    const draft = minutesReading(s.governance, [...base, self], s.north, a).minutes;
    const asChair = await s.sign("alice", minutesSignDraft(a, "chair", draft.until, draft.digest, [s.grants.aliceNorth]), 300);
    const asSecretary = await s.sign("alice", minutesSignDraft(a, "secretary", draft.until, draft.digest, [s.grants.aliceNorth]), 301);
    const read = minutesReading(s.governance, [...base, self, asChair, asSecretary], s.north, a);
    expect(read.minutes.signatures.secretary).toMatchObject({ signer: s.key("alice"), matches: true });
    expect(read.minutes.signatures.chair).toMatchObject({ signer: s.key("alice"), matches: true });
    expect(read.minutes.signed).toBe(false);
  });

  it("[AS10.2] a note with a control character or a space at its end is malformed; an empty note is none", () => {
    const body = (text: string) => ({ assembly: "A".repeat(43), as: "chair", text });
    expect(parseMinutesBody("minutes-note", body("")).ok).toBe(true);
    expect(parseMinutesBody("minutes-note", body("two\nlines")).ok).toBe(true);
    expect(parseMinutesBody("minutes-note", body("bell\u0007"))).toMatchObject({ ok: false, problem: "text holds a control character" });
    expect(parseMinutesBody("minutes-note", body("end "))).toMatchObject({ ok: false, problem: "text has a space at its start or end" });
  });

  it("[AS10.4] the minutes are the same whatever order the records arrive in", async () => {
    const { s, records } = await setUp();
    const all = records.map(({ record }) => record);
    const expected = minutesReading(s.governance, all, s.north, assemblyOf(records));
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (shuffled) => {
        const read = minutesReading(s.governance, shuffled, s.north, assemblyOf(records));
        expect(read.minutes).toEqual(expected.minutes);
        expect(read.results).toEqual(expected.results);
      }),
      { numRuns: 8 },
    );
  });
});
