import { fromBase64url, toBase64url } from "@chapterhouse/crdt/encoding";
import { MIN_VAULT_PARAMS, generatePhrase, identityFromPhrase } from "@chapterhouse/crdt/identity";
import { sealKey } from "@chapterhouse/crdt/private";
import { isParsed, parseRecord } from "@chapterhouse/crdt/records";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createBrowserKeyVault } from "./browser-key-vault.js";
import { vaultSealParams } from "./vault-params.js";
import { createMemoryVaultStorage, type VaultStorage } from "./vault-storage.js";

const random = (n: number) => new Uint8Array(randomBytes(n));

function vault(storage: VaultStorage = createMemoryVaultStorage(), subtle: SubtleCrypto | undefined = crypto.subtle) {
  return { storage, vault: createBrowserKeyVault({ storage, randomBytes: random, now: () => 1_700_000_000_000, sealParams: MIN_VAULT_PARAMS, subtle }) };
}

/** Resolves in a later task (a message to itself, as the vault yields). */
const laterTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (channel.port1.close(), resolve());
    channel.port2.postMessage(null);
  });

/** An unlocked vault (with `subtle`, or without WebCrypto: an insecure origin), `count` seals of keys to its member and one to another. */
async function sealsFor(subtle: SubtleCrypto | undefined, count: number) {
  const { vault: v } = vault(createMemoryVaultStorage(), subtle);
  await v.create({ name: "Alice", passphrase: "pass" });
  const status = await v.status();
  if (status.type !== "unlocked") throw new Error("not unlocked");
  const keys = Array.from({ length: count }, () => random(32));
  const seals = keys.map((key) => sealKey(key, fromBase64url(status.boxKey), random(32)));
  const theirs = sealKey(random(32), identityFromPhrase(generatePhrase(random)).boxKeyPair.publicKey, random(32));
  return { v, keys, seals, theirs };
}

describe("the browser key vault", () => {
  it("[K4.7] creates an identity unlocked, reports it locked after lock, and a wrong passphrase neither unlocks nor changes the vault", async () => {
    const { storage, vault: v } = vault();
    expect(await v.status()).toEqual({ type: "absent" });
    const progress: number[] = [];
    const created = await v.create({ name: " Alice ", passphrase: "correct horse", onProgress: (f) => progress.push(f) });
    if (created.type !== "created") throw new Error("not created");
    expect(progress.at(-1)).toBe(1);
    const unlocked = await v.status();
    expect(unlocked).toMatchObject({ type: "unlocked", publicKey: created.publicKey, name: "Alice" });
    expect(unlocked.type === "unlocked" && unlocked.homeDocument).toEqual(identityFromPhrase(created.phrase).homeDocument);
    // [PF1.3] The box public key the member's profile publishes: K3.5's, never the secret.
    expect(unlocked.type === "unlocked" && unlocked.boxKey).toBe(toBase64url(identityFromPhrase(created.phrase).boxKeyPair.publicKey));
    await v.lock();
    expect(await v.status()).toEqual({ type: "locked", publicKey: created.publicKey, name: "Alice" });
    const before = await storage.load();
    expect(await v.unlock("wrong horse")).toEqual({ type: "wrong-passphrase" });
    expect(await storage.load()).toEqual(before);
    expect((await v.status()).type).toBe("locked");
    expect(await v.unlock("correct horse")).toEqual({ type: "unlocked", publicKey: created.publicKey });
  });

  it("[K4.1] keeps only the sealed vault at rest: neither the phrase nor its words are stored in clear", async () => {
    const { storage, vault: v } = vault();
    const created = await v.create({ name: "Alice", passphrase: "pass phrase" });
    if (created.type !== "created") throw new Error("not created");
    const stored = JSON.stringify(await storage.load());
    for (const word of created.phrase.split(" ")) expect(stored).not.toContain(`"${word}"`);
    expect(stored).not.toContain(created.phrase);
  });

  it("[K3.4] restores the same key from a phrase, shows the phrase again only after the passphrase, and refuses an invalid phrase by position", async () => {
    const phrase = generatePhrase(random);
    const { vault: v } = vault();
    const created = await v.create({ name: "Alice", passphrase: "new pass", phrase: ` ${phrase.toUpperCase()} ` });
    expect(created).toMatchObject({ type: "created", publicKey: identityFromPhrase(phrase).publicKey, phrase });
    expect(await v.revealPhrase("nope")).toEqual({ type: "wrong-passphrase" });
    expect(await v.revealPhrase("new pass")).toEqual({ type: "phrase", phrase });
    const other = vault().vault;
    const words = phrase.split(" ");
    words[3] = "notaword";
    const refused = await other.create({ name: "Alice", passphrase: "x", phrase: words.join(" ") });
    expect(refused).toMatchObject({ type: "invalid-phrase", problem: expect.stringContaining("word 4") });
    expect(refused.type === "invalid-phrase" && refused.problem).not.toContain("notaword");
    expect(await other.status()).toEqual({ type: "absent" });
  });

  it("[R5] signs records with the unlocked key and the vault's clock, and refuses to sign while locked", async () => {
    const { vault: v } = vault();
    const created = await v.create({ name: "Alice", passphrase: "pass" });
    if (created.type !== "created") throw new Error("not created");
    const signed = await v.signRecord({ kind: "home-chapter", body: { a: 1 }, deps: [] });
    const parsed = parseRecord(signed.text);
    expect(isParsed(parsed) && parsed.envelope).toMatchObject({ signer: created.publicKey, at: 1_700_000_000_000, kind: "home-chapter" });
    await v.lock();
    await expect(v.signRecord({ kind: "home-chapter", body: {} })).rejects.toThrow(/^vault-locked/);
  });

  it("[issue 15] signs through WebCrypto's Ed25519 where the page has it (off the page's thread), the same records as tweetnacl on an insecure origin", async () => {
    const phrase = generatePhrase(random);
    let signed = 0;
    const counted = Object.create(crypto.subtle) as SubtleCrypto;
    counted.importKey = crypto.subtle.importKey.bind(crypto.subtle);
    counted.exportKey = crypto.subtle.exportKey.bind(crypto.subtle);
    counted.deriveBits = crypto.subtle.deriveBits.bind(crypto.subtle);
    counted.sign = (algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource) => (signed++, crypto.subtle.sign(algorithm, key, data));
    const texts = [];
    for (const subtle of [counted, undefined]) {
      const { vault: v } = vault(createMemoryVaultStorage(), subtle);
      await v.create({ name: "Alice", passphrase: "pass", phrase });
      const before = signed;
      texts.push((await v.signRecord({ kind: "home-chapter", body: { a: 1 }, deps: [] })).text, (await v.signRecord({ kind: "home-chapter", body: { a: 2 }, deps: [] })).text);
      // With WebCrypto: the probe, then each record signed by it.
      expect(signed - before).toBe(subtle === undefined ? 0 : 3);
    }
    expect(texts.slice(0, 2)).toEqual(texts.slice(2));
  });

  it("[PV2.3] opens seals made to the member's box key with the box secret it keeps, gives undefined for others' seals, and refuses while locked", async () => {
    const { vault: v } = vault();
    await v.create({ name: "Alice", passphrase: "pass" });
    const status = await v.status();
    if (status.type !== "unlocked") throw new Error("not unlocked");
    const key = random(32);
    const mine = sealKey(key, fromBase64url(status.boxKey), random(32));
    const theirs = sealKey(key, identityFromPhrase(generatePhrase(random)).boxKeyPair.publicKey, random(32));
    expect(await v.openSealed([mine, theirs, new Uint8Array(3)])).toEqual([key, undefined, undefined]);
    await expect(v.openSealed(["not bytes" as unknown as Uint8Array])).rejects.toThrow(TypeError);
    await v.lock();
    await expect(v.openSealed([mine])).rejects.toThrow(/^vault-locked/);
  });

  for (const [backend, subtle] of [["WebCrypto's X25519", crypto.subtle], ["tweetnacl (no WebCrypto: an insecure origin)", undefined]] as const) {
    it(`[PV2.3] [issue 11] opens a hundred seals with ${backend} to their keys, in order, letting the page run meanwhile (never one task for all)`, async () => {
      const { v, keys, seals, theirs } = await sealsFor(subtle, 100);
      let ranMeanwhile = false;
      void laterTask().then(() => (ranMeanwhile = true));
      expect(await v.openSealed([...seals, theirs, new Uint8Array(80)])).toEqual([...keys, undefined, undefined]);
      expect(ranMeanwhile).toBe(true);
    });

    it(`[PV2.3] with ${backend}, a run of openings stops with vault-locked when the identity is locked meanwhile`, async () => {
      const { v, seals } = await sealsFor(subtle, 100);
      const opening = v.openSealed(seals);
      await v.lock();
      await expect(opening).rejects.toThrow(/^vault-locked/);
    });
  }

  it("refuses a second identity on one device, an empty name and an empty passphrase", async () => {
    const { vault: v } = vault();
    await expect(v.create({ name: "  ", passphrase: "x" })).rejects.toThrow(TypeError);
    await expect(v.create({ name: "Alice", passphrase: "" })).rejects.toThrow(TypeError);
    await v.create({ name: "Alice", passphrase: "x" });
    await expect(v.create({ name: "Bob", passphrase: "y" })).rejects.toThrow(/^vault-exists/);
  });

  it("[K4.3] seals with the weakest scrypt parameters only in the test build, the default everywhere else", () => {
    expect(vaultSealParams("test")).toEqual({ N: 2 ** 14, r: 8, p: 1 });
    expect(vaultSealParams("production")).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(vaultSealParams("development")).toEqual({ N: 2 ** 17, r: 8, p: 1 });
  });
});
