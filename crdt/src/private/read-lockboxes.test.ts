import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import { tweetnaclVerifier } from "../verify/tweetnacl-verifier.js";
import { MAX_RECORD_LENGTH } from "../records/record.js";
import { parseLockbox, sealLockbox, type Lockbox } from "./key-lockbox.js";
import { readLockboxes, type LockboxReading } from "./read-lockboxes.js";
import { readScopeKeys } from "./read-scope-keys.js";
import { KEY_RECORDS, LOCKBOXES, SCOPE_KEYS, STORED_LOCKBOXES, hex, readerOf, type Person } from "../../test/helpers/private-vectors.js";

const verifier = tweetnaclVerifier();
const read = (person: Person, lockboxes = STORED_LOCKBOXES) => readLockboxes({ scope: LOCKBOXES.scope, lockboxes, reader: readerOf(person), verifier });
const plain = (readings: readonly LockboxReading[]) =>
  readings.map((r) => ({ key: r.key, state: r.state, ...("epoch" in r ? { epoch: r.epoch } : {}), ...("limit" in r ? { limit: r.limit } : {}), ...(r.state === "readable" ? { record: r.record.id } : {}) }));
const lockbox = (name: RegExp) => LOCKBOXES.lockboxes.find((l) => name.test(l.name))!;
const stateOf = async (person: Person, name: RegExp) => (await read(person)).readings.find((r) => r.key === lockbox(name).key)!;
const epoch = (name: string) => SCOPE_KEYS.epochs.find((e) => e.name === name)!;

describe("key lockboxes", () => {
  it("[PV8] every reader's outcome for every vector lockbox, and the key records they open, are the vector's", async () => {
    for (const person of ["alice", "bob", "carol", "dave", "mallory"] as const) {
      const { readings, records } = await read(person);
      expect(plain(readings), person).toEqual(LOCKBOXES.readings[person].readings);
      expect(records.map((r) => r.id)).toEqual(LOCKBOXES.readings[person].records);
    }
  });

  it("[PV8.1] [PV8.2] a key record sealed with a known nonce gives the vector's lockbox, which names no member", () => {
    const [first] = LOCKBOXES.lockboxes;
    const nonce = fromBase64urlOfLength((parseLockbox(first!.text) as Lockbox).nonce, 24);
    const sealed = sealLockbox(KEY_RECORDS[0]!, SCOPE_KEYS.scope, { epoch: epoch("1").epoch, key: hex(epoch("1").key) }, nonce);
    expect(sealed).toEqual({ id: first!.key, text: first!.text });
    for (const { member } of Object.values(SCOPE_KEYS.members)) expect(first!.text).not.toContain(member);
    expect(() => sealLockbox(KEY_RECORDS[0]!, SCOPE_KEYS.scope, { epoch: epoch("2").epoch, key: hex(epoch("2").key) }, nonce)).toThrow(/this scope and epoch/);
  });

  it("[PV8.4] a member finds the key records sealed to them; a removed member finds none of the epoch that left them out", async () => {
    expect((await read("alice")).records).toHaveLength(3);
    expect(await stateOf("carol", /carol removed/)).toMatchObject({ state: "unreadable" });
    expect(await stateOf("dave", /^epoch 1's key record/)).toMatchObject({ state: "unreadable" });
    expect((await read("mallory")).records).toEqual([]);
  });

  it("[PV8.4] a lockbox with a flipped byte, under a wrong id, or too long is damaged or oversized (with the limit), never an error", async () => {
    expect(await stateOf("alice", /byte flipped/)).toMatchObject({ state: "damaged", detail: "it does not decrypt: its authentication tag fails" });
    expect(await stateOf("alice", /not its id/)).toMatchObject({ state: "damaged", detail: "stored under a key that is not its id" });
    expect((await read("alice")).readings.find((r) => r.key === "")).toEqual({ key: "", state: "oversized", limit: MAX_RECORD_LENGTH });
  });

  it("[PV8.4] a forged key record, one with seals that are not its own, one naming another epoch than its key's, or a record of another kind is invalid", async () => {
    expect(await stateOf("alice", /time altered/)).toMatchObject({ state: "invalid", detail: "its signature is not its signer's" });
    expect(await stateOf("mallory", /extra seal/)).toMatchObject({ state: "invalid", detail: "its seals are not its key record's" });
    expect(await stateOf("carol", /naming epoch 2 carrying/)).toMatchObject({ state: "invalid", detail: "its key record names another epoch than its key's" });
    expect(await stateOf("alice", /message record/)).toMatchObject({ state: "invalid", detail: "a message record is not a key record" });
  });

  it("[PV8.4] a lockbox of another scope, or a key record of another scope inside one of this scope, is replayed", async () => {
    expect(await stateOf("alice", /lockbox of another scope/)).toMatchObject({ state: "replayed" });
    expect(await stateOf("carol", /key record of another scope/)).toMatchObject({ state: "replayed", detail: "the key record inside belongs to another conversation or room" });
  });

  it("[PV8.6] the key records a member opens give the same keys as reading the records themselves (PV6)", async () => {
    for (const person of ["alice", "carol", "dave"] as const) {
      const { records } = await read(person);
      const fromLockboxes = readScopeKeys(SCOPE_KEYS.scope, records, readerOf(person));
      const fromRecords = readScopeKeys(SCOPE_KEYS.scope, KEY_RECORDS, readerOf(person));
      expect([...fromLockboxes.keys.keys()].sort()).toEqual([...fromRecords.keys.keys()].sort());
    }
  });

  it("[PV8.4] any arrival order, with repeats, reads the same", async () => {
    const everything = await read("bob");
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([...STORED_LOCKBOXES, ...STORED_LOCKBOXES], { minLength: 2 * STORED_LOCKBOXES.length }), async (lockboxes) => {
        const again = await read("bob", lockboxes);
        expect(plain(again.readings)).toEqual(plain(everything.readings));
        expect(again.records.map((r) => r.id)).toEqual(everything.records.map((r) => r.id));
      }),
      { numRuns: 5 },
    );
  });
});
