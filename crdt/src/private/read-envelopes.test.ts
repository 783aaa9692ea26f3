import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tweetnaclVerifier } from "../verify/tweetnacl-verifier.js";
import { readEnvelopes, type EnvelopeReading, type StoredEnvelope } from "./read-envelopes.js";
import { readScopeKeys } from "./read-scope-keys.js";
import { ENVELOPES, KEY_RECORDS, SCOPE_KEYS, STORED, judgeMessage, readerOf, type Person } from "../../test/helpers/private-vectors.js";

const verifier = tweetnaclVerifier();
const keysOf = (person: Person, records = KEY_RECORDS) => readScopeKeys(SCOPE_KEYS.scope, records, readerOf(person)).keys;
const read = (person: Person, envelopes: readonly StoredEnvelope[] = STORED, records = KEY_RECORDS) =>
  readEnvelopes({ scope: ENVELOPES.scope, envelopes, keys: keysOf(person, records), verifier, judge: judgeMessage });
/** A reading as the vectors write it: the outcome without the human detail, the record by its id. */
const plain = (reading: readonly EnvelopeReading[]) =>
  reading.map((r) => ({
    key: r.key,
    state: r.state,
    ...("epoch" in r ? { epoch: r.epoch } : {}),
    ...("limit" in r ? { limit: r.limit } : {}),
    ...(r.state === "readable" ? { record: r.record.id, signer: r.signer } : {}),
  }));
const refusal = (name: RegExp) => {
  const found = ENVELOPES.refusals.find((r) => name.test(r.name));
  if (found === undefined) throw new Error(`no refusal ${String(name)}`);
  return found;
};
const outcomeOf = async (person: Person, name: RegExp) => {
  const { key } = refusal(name);
  return (await read(person)).find((r) => r.key === key && r.state !== "readable")!;
};

describe("reading a scope's envelopes", () => {
  it("[PV5] every reader's outcomes for every vector envelope are the vector's", async () => {
    for (const person of ["alice", "bob", "carol", "dave", "mallory"] as const) expect(plain(await read(person)), person).toEqual(ENVELOPES.readings[person]);
  });

  it("[PV5.8] a readable envelope gives its signed record and its signer: alice's message reads as alice's", async () => {
    const [hello] = ENVELOPES.envelopes;
    const reading = (await read("bob")).find((r) => r.key === hello!.id)!;
    expect(reading.state).toBe("readable");
    if (reading.state !== "readable") return;
    expect(reading.record.text).toBe(hello!.record);
    expect(reading.signer).toBe(SCOPE_KEYS.members.alice.member);
  });

  it("[PV5.6] a forged message (alice's signature over another text) is invalid, never alice's", async () => {
    const outcome = await outcomeOf("bob", /forged/);
    expect(outcome).toMatchObject({ state: "invalid", detail: "its signature is not its signer's" });
    expect(outcome).not.toHaveProperty("record");
  });

  it("[PV5.4] a message sealed under a key this device does not hold can't be read on this device, and is not an error", async () => {
    expect(await outcomeOf("alice", /no key of/)).toMatchObject({ state: "unreadable" });
    const mallory = await read("mallory");
    expect(mallory.filter((r) => r.state === "readable")).toEqual([]);
    expect(mallory.filter((r) => r.state === "unreadable").length).toBeGreaterThanOrEqual(ENVELOPES.envelopes.length);
  });

  it("[PV5.3] [PV5.7] a replayed message (the same record in another conversation, or an envelope of another one) is refused as replayed", async () => {
    expect(await outcomeOf("alice", /record of another scope/)).toMatchObject({ state: "replayed", detail: "the record inside belongs to another conversation or room" });
    expect(await outcomeOf("alice", /naming no scope/)).toMatchObject({ state: "replayed" });
    expect(await outcomeOf("alice", /envelope of another scope/)).toMatchObject({ state: "replayed", detail: "the envelope belongs to another conversation or room" });
  });

  it("[PV5.1] [PV5.2] an oversized message is refused with the limit shown", async () => {
    expect(await outcomeOf("alice", /65,553/)).toEqual({ key: refusal(/65,553/).key, state: "oversized", limit: 65_536 });
    expect(await outcomeOf("alice", /88,001/)).toMatchObject({ state: "oversized", limit: 65_536 });
  });

  it("[PV5.2] [PV5.5] [PV5.6] a damaged envelope (a flipped byte, a swapped epoch, a wrong id, bad JSON) or content that is not a record is named so", async () => {
    expect(await outcomeOf("alice", /byte flipped/)).toMatchObject({ state: "damaged", detail: "it does not decrypt: its authentication tag fails" });
    expect(await outcomeOf("alice", /epoch changed/)).toMatchObject({ state: "damaged" });
    expect(await outcomeOf("alice", /not its id/)).toMatchObject({ state: "damaged", detail: "stored under a key that is not its id" });
    expect(await outcomeOf("alice", /not canonical/)).toMatchObject({ state: "damaged" });
    expect(await outcomeOf("alice", /not a record/)).toMatchObject({ state: "invalid", detail: "its content is not a record (non-canonical)" });
    expect(await outcomeOf("alice", /byte-order mark/)).toMatchObject({ state: "invalid", detail: "its content is not a record's canonical bytes" });
    expect(await outcomeOf("alice", /kind the scope does not hold/)).toMatchObject({ state: "invalid", detail: "a comment record is not held here" });
  });

  it("[PV6.2] [PV6.4] after two concurrent rotations both epochs stay readable to who holds them, and the removed member cannot read the epoch that left them out", async () => {
    const byEpoch = (readings: readonly EnvelopeReading[]) => ENVELOPES.envelopes.map((e) => readings.find((r) => r.key === e.id)!.state);
    // envelopes: alice in epoch 1, bob in epoch 3 (dave added), alice in epoch 2 (carol removed)
    expect(byEpoch(await read("alice"))).toEqual(["readable", "readable", "readable"]);
    expect(byEpoch(await read("bob"))).toEqual(["readable", "readable", "readable"]);
    expect(byEpoch(await read("carol"))).toEqual(["readable", "readable", "unreadable"]);
    expect(byEpoch(await read("dave"))).toEqual(["unreadable", "readable", "unreadable"]);
  });

  it("[PV5] [PV6] any arrival order of key records and envelopes, any mix of epochs, with repeats, reads the same", async () => {
    const everything = await read("carol");
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...STORED, ...STORED], { minLength: 2 * STORED.length }),
        fc.shuffledSubarray([...KEY_RECORDS, ...KEY_RECORDS], { minLength: 2 * KEY_RECORDS.length }),
        async (envelopes, records) => {
          const reading = await read("carol", envelopes, records);
          expect(plain(reading)).toEqual(plain(everything));
        },
      ),
      { numRuns: 8 },
    );
  });
});
