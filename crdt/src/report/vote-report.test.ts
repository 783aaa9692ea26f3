import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { CanonicalError, canonicalize } from "../records/canonical.js";
import { voteScenario } from "./test-helpers/vote-scenario.js";
import { voteReportToCanonical, type VoteReport } from "./vote-report.js";

// voteReportToCanonical checks the report's two long lists as the flat objects they are and writes
// the rest as canonicalize does (issue 15): for any report, built by verifyVote or altered after,
// it must give canonicalize's text, or throw what canonicalize throws.
let built: VoteReport;

beforeAll(async () => {
  const s = await voteScenario();
  const { bob, carol } = s.people;
  const bobs = await s.ballot(bob, "for");
  await s.ballot(carol, "against");
  await s.close({ north: [bobs] });
  built = await s.report();
});

/** canonicalize's text of `value`, or what it throws. */
function written(write: (value: VoteReport) => string, value: VoteReport): string {
  try {
    return write(value);
  } catch (error) {
    if (error instanceof CanonicalError) return `throws ${error.message}`;
    throw error;
  }
}

const text = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 6 }), fc.constantFrom("\ud800", "a\udc00", "\ud83d\ude00"));
const scalar = fc.oneof(text, fc.boolean(), fc.constant(null), fc.integer(), fc.constantFrom(-0, 0.5, 2 ** 53, undefined), fc.constant({ x: 1 }), fc.constant([]));
/** Objects of a few members, each in any order: some a line or an entry would be, most not. */
const flat = fc.uniqueArray(fc.tuple(fc.constantFrom("counted", "detail", "id", "kind", "status", "member", "weight", "extra", "10", "9"), scalar), { selector: ([name]) => name, maxLength: 5 }).map((members) => {
  const object: { [name: string]: unknown } = {};
  for (const [name, value] of members) object[name] = value;
  return object;
});

/** Objects of exactly a line's or an entry's members, in order, their values of the right type or nearly. */
const shaped = fc
  .constantFrom(["id", "kind", "status"], ["counted", "id", "kind", "status"], ["detail", "id", "kind", "status"], ["counted", "detail", "id", "kind", "status"], ["member", "weight"])
  .chain((names) => fc.tuple(...names.map((name) => (name === "counted" ? fc.boolean() : name === "weight" ? fc.oneof(fc.nat(), fc.constantFrom(-0, 1.5)) : text))).map((values) => Object.fromEntries(names.map((name, i) => [name, values[i]]))));
const item = fc.oneof(flat, shaped);

/** The built report with lines and entries put in, members replaced or added, and a sealed result naming its lists. */
const altered = fc.record({
  lines: fc.array(fc.tuple(fc.nat(), item), { maxLength: 3 }),
  entries: fc.array(fc.tuple(fc.nat(), item), { maxLength: 3 }),
  top: fc.array(fc.tuple(fc.constantFrom("sealed", "extra", "notes", "\ud800", "closes", "electorate"), fc.oneof(scalar, fc.constant({ records: [], entries: [] }))), { maxLength: 2 }),
});

describe("voteReportToCanonical", () => {
  it("[V9.4] [R1] writes a built report as canonicalize does", () => {
    expect(built.records.length).toBeGreaterThan(3);
    expect(built.electorate!.entries.length).toBeGreaterThan(1);
    expect(voteReportToCanonical(built)).toBe(canonicalize(built));
  });

  it("[V9.4] [R1] writes any altered report as canonicalize does, or throws what it throws", () => {
    fc.assert(
      fc.property(altered, ({ lines, entries, top }) => {
        const records: unknown[] = [...built.records];
        for (const [at, line] of lines) records.splice(at % (records.length + 1), 0, line);
        const members: unknown[] = [...built.electorate!.entries];
        for (const [at, entry] of entries) members.splice(at % (members.length + 1), 0, entry);
        const report = { ...built, records, electorate: { ...built.electorate!, entries: members } } as { [name: string]: unknown };
        for (const [name, value] of top) report[name] = value;
        expect(written(voteReportToCanonical, report as unknown as VoteReport)).toBe(written(canonicalize, report as unknown as VoteReport));
      }),
      { numRuns: 300 },
    );
  });
});
