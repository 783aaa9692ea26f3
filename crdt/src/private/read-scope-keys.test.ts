import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochsOf, readScopeKeys } from "./read-scope-keys.js";
import { KEY_RECORDS, SCOPE_KEYS, readerOf, toHex, type Person } from "../../test/helpers/private-vectors.js";

const epoch = (name: string) => SCOPE_KEYS.epochs.find((e) => e.name === name)!.epoch;
const plain = (reader: Person | null, records = KEY_RECORDS) => {
  const reading = readScopeKeys(SCOPE_KEYS.scope, records, reader === null ? undefined : readerOf(reader));
  const held = [...reading.keys.entries()].map(([e, key]) => ({ epoch: e, key: toHex(key) })).sort((a, b) => (a.epoch < b.epoch ? -1 : 1));
  return { reader, held, epochs: reading.epochs, heads: reading.heads, problems: reading.problems };
};

describe("a scope's epochs and keys", () => {
  it("[PV6] each reader's keys, epochs, heads and problems are the vector's", () => {
    expect(SCOPE_KEYS.readings.map((r) => r.reader)).toEqual([null, "alice", "bob", "carol", "dave", "mallory"]);
    for (const expected of SCOPE_KEYS.readings) expect(plain(expected.reader), String(expected.reader)).toEqual(expected);
  });

  it("[PV6.2] a reader holds exactly the epochs sealed to them whose key is the one the epoch names: a removed member holds none after removal", () => {
    const heldBy = (person: Person) => plain(person).held.map((h) => h.epoch);
    expect(heldBy("alice")).toEqual([epoch("1"), epoch("3"), epoch("2")].sort());
    expect(heldBy("carol")).toEqual([epoch("1"), epoch("3")].sort());
    expect(heldBy("carol")).not.toContain(epoch("2"));
    expect(heldBy("mallory")).toEqual([]);
    expect(plain("carol").problems.map((p) => p.reason)).toContain("wrong-key");
    expect(plain("dave").problems.map((p) => p.reason)).toContain("unopenable");
  });

  it("[PV6.1] a key record of another scope is replayed and one sealing to nobody is malformed; neither makes an epoch", () => {
    const { problems, epochs } = plain(null);
    expect(problems.map((p) => p.reason).sort()).toEqual(["malformed", "replayed"]);
    expect(epochs.map((e) => e.epoch).sort()).toEqual([epoch("1"), epoch("2"), epoch("3")].sort());
  });

  it("[PV6.3] [PV6.4] two concurrent rotations are both heads, and each epoch lists who could read it (what a removed member could read before)", () => {
    const reading = readScopeKeys(SCOPE_KEYS.scope, KEY_RECORDS);
    expect(reading.heads).toEqual([epoch("2"), epoch("3")].sort());
    const carol = SCOPE_KEYS.members.carol.member;
    const dave = SCOPE_KEYS.members.dave.member;
    expect(epochsOf(reading, SCOPE_KEYS.members.alice.member)).toEqual([epoch("1"), epoch("2"), epoch("3")].sort());
    // Listed as the records seal it: each member checks only their own seal (PV6.2).
    expect(epochsOf(reading, dave)).toContain(epoch("3"));
    expect(epochsOf(reading, dave)).not.toContain(epoch("2"));
    expect(epochsOf(reading, carol)).toContain(epoch("1"));
    expect(epochsOf(reading, SCOPE_KEYS.members.mallory.member)).toEqual([]);
  });

  it("[PV6] the same key records in any order, with repeats, give the same reading", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...KEY_RECORDS, ...KEY_RECORDS], { minLength: 2 * KEY_RECORDS.length }), fc.constantFrom<Person>("alice", "carol", "dave"), (records, reader) => {
        expect(plain(reader, records)).toEqual(plain(reader));
      }),
      { numRuns: 15 },
    );
  });
});
