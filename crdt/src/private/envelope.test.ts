import { describe, expect, it } from "vitest";
import { naclSignerFromSeed } from "../verify/nacl-signer.js";
import { signDraft } from "../kinds/record-draft.js";
import { canonicalize } from "../records/canonical.js";
import { isParsed, parseRecord, type ParsedRecord } from "../records/record.js";
import type { RecordId } from "../records/ids.js";
import { MAX_ENVELOPE_LENGTH, MAX_PLAINTEXT_BYTES, envelopeAad, envelopeIdOf, openEnvelope, parseEnvelope, sealEnvelope, type Envelope } from "./envelope.js";
import { PrivateError } from "./private-error.js";
import { epochOf } from "./scope-key.js";
import { ENVELOPES, SCOPE_KEYS, hex, refusalText, toHex } from "../../test/helpers/private-vectors.js";

const parsed = (text: string): ParsedRecord => {
  const record = parseRecord(text);
  if (!isParsed(record)) throw new Error("vector record does not parse");
  return record;
};
const alice = naclSignerFromSeed(hex(SCOPE_KEYS.members.alice.seed));

describe("private envelopes", () => {
  it("[PV4.1] [PV4.2] [PV4.3] a known key, nonce and signed record give the vector's envelope text and id, byte for byte", () => {
    expect(ENVELOPES.envelopes).toHaveLength(3);
    for (const vector of ENVELOPES.envelopes) {
      const sealed = sealEnvelope(parsed(vector.record), ENVELOPES.scope, { epoch: vector.epoch, key: hex(vector.key) }, hex(vector.nonce));
      expect(sealed.text, vector.name).toBe(vector.envelope);
      expect(sealed.id).toBe(vector.id);
      expect(envelopeIdOf(vector.envelope)).toBe(vector.id);
      expect(new TextDecoder().decode(envelopeAad(ENVELOPES.scope, vector.epoch))).toBe(vector.aad);
      const envelope = parseEnvelope(vector.envelope) as Envelope;
      expect(toHex(openEnvelope(envelope, hex(vector.key))!)).toBe(vector.plaintextHex);
    }
  });

  it("[PV4.5] a record over 65,536 bytes is refused with the limit, never cut", async () => {
    const big = await signDraft(alice, { kind: "message", body: { scope: ENVELOPES.scope, text: "é".repeat(MAX_PLAINTEXT_BYTES / 2) }, deps: [] }, 0);
    const vector = ENVELOPES.envelopes[0]!;
    const seal = () => sealEnvelope(big, ENVELOPES.scope, { epoch: vector.epoch, key: hex(vector.key) }, hex(vector.nonce));
    expect(seal).toThrow(PrivateError);
    expect(seal).toThrow(/at most 65536 bytes/);
    try {
      seal();
    } catch (error) {
      expect((error as PrivateError).code).toBe("too-large");
      expect((error as PrivateError).limit).toBe(MAX_PLAINTEXT_BYTES);
    }
  });

  it("[PV4.5] a record naming another scope, or none, is not sealed into this one", async () => {
    const vector = ENVELOPES.envelopes[0]!;
    const key = { epoch: vector.epoch, key: hex(vector.key) };
    const other = await signDraft(alice, { kind: "message", body: { scope: vector.epoch, text: "hi" }, deps: [] }, 0);
    const none = await signDraft(alice, { kind: "message", body: { text: "hi" }, deps: [] }, 0);
    for (const record of [other, none]) expect(() => sealEnvelope(record, ENVELOPES.scope, key, hex(vector.nonce))).toThrow(expect.objectContaining({ code: "wrong-scope" }));
    expect(() => sealEnvelope(parsed(vector.record), ENVELOPES.scope, key, new Uint8Array(12))).toThrow(/24 bytes/);
  });

  it("[PV5.1] [PV5.2] an envelope text too long or whose ciphertext passes the limit is oversized, with the limit; a malformed one is damaged, with why", () => {
    const oversized = ENVELOPES.refusals.filter((r) => r.outcome.state === "oversized");
    expect(oversized).toHaveLength(2);
    for (const refusal of oversized) expect(parseEnvelope(refusalText(refusal)), refusal.name).toEqual({ state: "oversized", limit: MAX_PLAINTEXT_BYTES });
    expect(refusalText(oversized[1]!).length).toBe(MAX_ENVELOPE_LENGTH + 1);
    const good = ENVELOPES.envelopes[0]!.envelope;
    const value = JSON.parse(good) as Record<string, unknown>;
    const damaged = (text: string) => parseEnvelope(text) as { state: string; detail: string };
    expect(damaged("[]")).toEqual({ state: "damaged", detail: "not an object" });
    expect(damaged(canonicalize({ ...value, extra: 1 })).detail).toMatch(/^members ciphertext,epoch,extra/);
    expect(damaged(canonicalize({ ...value, v: 2 })).detail).toBe("version 2");
    expect(damaged(canonicalize({ ...value, scope: "abc" })).detail).toBe("scope is not 32 bytes");
    expect(damaged(canonicalize({ ...value, epoch: 7 })).detail).toBe("epoch is not 32 bytes");
    expect(damaged(canonicalize({ ...value, nonce: (value.nonce as string).slice(1) })).detail).toBe("nonce is not 24 bytes");
    expect(damaged(canonicalize({ ...value, ciphertext: "A" })).detail).toBe("ciphertext is not base64url");
    expect(damaged(canonicalize({ ...value, ciphertext: "AAAAAAAAAAAAAAAAAAAAAA" })).detail).toBe("ciphertext is shorter than its tag");
    expect(damaged(good.replace("{", "{ ")).detail).toMatch(/^not canonical JSON/);
  });

  it("[PV5.5] the wrong key, or an altered scope or epoch, does not open an envelope", () => {
    const vector = ENVELOPES.envelopes[0]!;
    const envelope = parseEnvelope(vector.envelope) as Envelope;
    const other = ENVELOPES.envelopes[1]!;
    expect(openEnvelope(envelope, hex(other.key))).toBeUndefined();
    expect(openEnvelope({ ...envelope, epoch: other.epoch }, hex(vector.key))).toBeUndefined();
    expect(openEnvelope({ ...envelope, scope: other.epoch as unknown as RecordId }, hex(vector.key))).toBeUndefined();
    expect(epochOf(hex(vector.key))).toBe(envelope.epoch);
  });
});
