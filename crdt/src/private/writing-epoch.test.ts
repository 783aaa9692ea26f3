import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MemberKey } from "../records/ids.js";
import { readScopeKeys, type EpochReading } from "./read-scope-keys.js";
import type { EpochId } from "./scope-key.js";
import { writingEpoch } from "./writing-epoch.js";
import { KEY_RECORDS, SCOPE_KEYS, readerOf, type Person } from "../../test/helpers/private-vectors.js";

const epoch = (name: string) => SCOPE_KEYS.epochs.find((e) => e.name === name)!.epoch;
const writes = (reader: Person, records = KEY_RECORDS) => writingEpoch(readScopeKeys(SCOPE_KEYS.scope, records, readerOf(reader)));

describe("the epoch new content is sealed under", () => {
  it("[PV6.5] with two current heads, a writer holding both writes in the one sealed to fewer members (epoch 2, which removed carol), in whatever order the records come", () => {
    const two = readScopeKeys(SCOPE_KEYS.scope, KEY_RECORDS, readerOf("alice"));
    expect(two.heads).toEqual([epoch("2"), epoch("3")].sort());
    expect(two.epochs.find((e) => e.epoch === epoch("2"))!.members.length).toBeLessThan(two.epochs.find((e) => e.epoch === epoch("3"))!.members.length);
    fc.assert(
      fc.property(fc.shuffledSubarray([...KEY_RECORDS], { minLength: KEY_RECORDS.length }), fc.constantFrom<Person>("alice", "bob"), (records, reader) => writes(reader, records) === epoch("2")),
      { numRuns: 20 },
    );
  });

  it("[PV6.5] a writer holding one head writes in it; one holding none has nowhere to write", () => {
    expect(writes("carol")).toBe(epoch("3"));
    expect(writes("mallory")).toBeUndefined();
  });

  it("[PV6.5] between heads sealed to as many members, the least epoch id is chosen", () => {
    const reading = (id: string, members: readonly string[]): EpochReading => ({ epoch: id.repeat(43) as EpochId, members: members as MemberKey[], records: [], held: true });
    const [b, a] = [reading("b", ["m1", "m2"]), reading("a", ["m1", "m3"])];
    expect(writingEpoch({ epochs: [b, a], heads: [a.epoch, b.epoch] })).toBe(a.epoch);
  });
});
