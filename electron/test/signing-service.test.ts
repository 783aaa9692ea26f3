import { createPublicKey, verify } from "node:crypto";
import { fromBase64url } from "@chapterhouse/crdt/encoding";
import { identityFromPhrase, type Identity } from "@chapterhouse/crdt/identity";
import { isParsed, parseRecord, signingBytes } from "@chapterhouse/crdt/records";
import { sealKey } from "@chapterhouse/crdt/private";
import { describe, expect, it } from "vitest";
import { DesktopFault } from "../src/bridge/desktop-fault.js";
import { createSigningService } from "../src/signing-service.js";
import { SAMPLE_BALLOT, SAMPLE_RECORD_ID } from "./helpers/sample-requests.js";

// A published BIP39 test phrase (trezor/python-mnemonic vectors): never a real identity.
const alice = identityFromPhrase(
  "legal winner thank year wave sausage worth useful legal winner thank yellow",
);
const AT = 1_767_225_600_000;

function service(identity: Identity | undefined) {
  return createSigningService({ identity: () => identity, now: () => AT });
}

async function refusal(promise: Promise<unknown>): Promise<DesktopFault> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DesktopFault);
  return error as DesktopFault;
}

describe("signing in the main process", () => {
  it("[E7.2] a typed record body is signed by the unlocked identity at the main process's time", async () => {
    const signed = await service(alice).sign(SAMPLE_BALLOT);
    const parsed = parseRecord(signed.text);
    expect(isParsed(parsed)).toBe(true);
    if (!isParsed(parsed)) return;
    expect(parsed.id).toBe(signed.id);
    expect(parsed.envelope).toMatchObject({
      kind: "ballot",
      body: SAMPLE_BALLOT.body,
      signer: alice.publicKey,
      at: AT,
      deps: [SAMPLE_RECORD_ID],
    });
    // RFC 8032 Ed25519 through Node's own crypto, independent of the signer's library.
    const spki = Buffer.concat([
      Buffer.from("302a300506032b6570032100", "hex"),
      fromBase64url(alice.publicKey),
    ]);
    const key = createPublicKey({ key: spki, format: "der", type: "spki" });
    expect(verify(null, signingBytes(parsed.envelope), key, fromBase64url(parsed.envelope.sig))).toBe(true);
  });

  it("[E7.2] the renderer chooses neither the signer nor the time", async () => {
    const signedBy = async (extra: object) =>
      service(alice).sign({ ...SAMPLE_BALLOT, ...extra });
    expect((await refusal(signedBy({ signer: "B".repeat(43) }))).message).toMatch(/"signer"/);
    expect((await refusal(signedBy({ at: 0 }))).message).toMatch(/"at"/);
  });

  it.each([
    ["raw bytes", new Uint8Array(32).fill(7)],
    ["a Buffer", Buffer.from("sign me")],
    ["bytes as the body", { kind: "ballot", body: new Uint8Array(8) }],
    ["bytes hidden inside the body", { kind: "ballot", body: { inner: [new Uint8Array(8)] } }],
    ["a string to sign", '{"kind":"ballot"}'],
    ["an unknown kind", { kind: "raw", body: {} }],
    ["a kind reserved for a later feature", { kind: "private-message", body: { text: "hi" } }],
    ["a ballot whose body its schema refuses", { kind: "ballot", body: { choice: ["b", "a"], seq: 1 } }],
    ["a message-signing request", { kind: "challenge", body: { nonce: "x" } }],
    ["nothing", undefined],
  ])("[E7.1] %s is refused and nothing is signed", async (_why, request) => {
    let signed = 0;
    const counting = {
      ...alice,
      signer: { publicKey: alice.publicKey, sign: (m: Uint8Array) => (signed++, alice.signer.sign(m)) },
    };
    const fault = await refusal(service(counting).sign(request));
    expect(fault.code).toBe("invalid-argument");
    expect(signed).toBe(0);
  });

  it("[E7.3] with the vault locked, signing is refused with a clear error", async () => {
    const fault = await refusal(service(undefined).sign(SAMPLE_BALLOT));
    expect(fault.code).toBe("vault-locked");
    expect(fault.message).toBe("unlock the vault before signing");
  });

  it("[E7.4] seals made to the unlocked identity's box key open here, others give null, and a locked vault refuses", async () => {
    const key = new Uint8Array(32).fill(7);
    const sealed = sealKey(key, alice.boxKeyPair.publicKey, new Uint8Array(32).fill(9));
    const bob = identityFromPhrase("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
    const other = sealKey(key, bob.boxKeyPair.publicKey, new Uint8Array(32).fill(9));
    expect(await service(alice).openSealed([sealed, other])).toEqual([key, null]);
    expect((await refusal(service(undefined).openSealed([sealed]))).code).toBe("vault-locked");
  });
});
