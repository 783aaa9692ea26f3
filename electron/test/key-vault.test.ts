import { randomBytes } from "node:crypto";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toBase64url } from "@chapterhouse/crdt/encoding";
import { MIN_VAULT_PARAMS, identityFromPhrase } from "@chapterhouse/crdt/identity";
import { describe, expect, it } from "vitest";
import { DesktopFault } from "../src/bridge/desktop-fault.js";
import { createKeyVault, keychainStrength, type SafeStorageLike } from "../src/key-vault.js";
import { textFileStore } from "../src/text-file-store.js";
import { fakeKeychain } from "./helpers/fake-keychain.js";
import { useTempFolders } from "./helpers/temp-folder.js";

// A published BIP39 test phrase (trezor/python-mnemonic vectors): never a real identity.
const KNOWN_PHRASE = "legal winner thank year wave sausage worth useful legal winner thank yellow";
const PASSPHRASE = "a long passphrase for the tests";
const NAME = "Alice";

const tempFolder = useTempFolders();

async function setup(keychain: SafeStorageLike = fakeKeychain({ backend: "gnome_libsecret" })) {
  const path = join(await tempFolder(), "vault.json");
  const open = (chain: SafeStorageLike = keychain) =>
    createKeyVault({
      store: textFileStore(path),
      keychain: chain,
      randomBytes: (n) => new Uint8Array(randomBytes(n)),
      sealOptions: { params: MIN_VAULT_PARAMS },
    });
  return { path, open };
}

async function fault(promise: Promise<unknown>): Promise<DesktopFault> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DesktopFault);
  return error as DesktopFault;
}

async function snapshot(path: string) {
  return { text: await readFile(path, "utf8"), mtimeMs: (await stat(path)).mtimeMs };
}

describe("the desktop key vault", () => {
  it("[E6.1] with a real OS keychain, a vault made without a passphrase unlocks after a restart without one", async () => {
    const { open } = await setup();
    const created = await open().create({ name: NAME });
    expect(created.type).toBe("created");
    if (created.type !== "created") return;
    expect(created.publicKey).toBe(identityFromPhrase(created.phrase).publicKey);

    const restarted = open();
    expect(await restarted.status()).toEqual({
      type: "locked",
      protection: "keychain",
      publicKey: created.publicKey,
      name: NAME,
    });
    expect(restarted.identity()).toBeUndefined();
    expect(await restarted.unlock()).toEqual({ type: "unlocked", publicKey: created.publicKey });
    expect(restarted.identity()?.publicKey).toBe(created.publicKey);
    expect(await restarted.status()).toEqual({
      type: "unlocked",
      protection: "keychain",
      publicKey: created.publicKey,
      name: NAME,
      homeDocument: identityFromPhrase(created.phrase).homeDocument,
      boxKey: toBase64url(identityFromPhrase(created.phrase).boxKeyPair.publicKey),
    });
    expect(await restarted.revealPhrase()).toEqual({ type: "phrase", phrase: created.phrase });
  });

  it.each([
    ["basic_text (Linux without a keyring)", fakeKeychain({ backend: "basic_text" }), /basic_text/],
    ["a backend not known yet", fakeKeychain({ backend: "unknown" }), /unknown/],
    ["no keychain at all", fakeKeychain({ available: false }), /no OS keychain/],
  ])(
    "[E6.2] with %s a passphrase is required, never a silent weak default",
    async (_why, keychain, reason) => {
      const { path, open } = await setup(keychain);
      const vault = open();
      expect(await vault.status()).toEqual({ type: "absent", passphraseRequired: true });
      const refused = await vault.create({ name: NAME });
      expect(refused.type).toBe("passphrase-required");
      expect(refused.type === "passphrase-required" && refused.reason).toMatch(reason);
      await expect(stat(path)).rejects.toMatchObject({ code: "ENOENT" });

      const created = await vault.create({ name: NAME, passphrase: PASSPHRASE });
      expect(created.type).toBe("created");
      const restarted = open();
      expect(await restarted.status()).toMatchObject({ type: "locked", protection: "passphrase" });
      expect(await restarted.unlock()).toEqual({ type: "passphrase-required" });
      expect(await restarted.unlock(PASSPHRASE)).toMatchObject({ type: "unlocked" });
    },
  );

  it("[E6.2] with a real keychain the status says no passphrase is needed, yet one may be chosen", async () => {
    const { open } = await setup();
    const vault = open();
    expect(await vault.status()).toEqual({ type: "absent", passphraseRequired: false });
    await vault.create({ name: NAME, passphrase: PASSPHRASE });
    expect(await open().status()).toMatchObject({ type: "locked", protection: "passphrase" });
  });

  it("[E6.3] a wrong passphrase gets a clear answer and loses nothing: the file is untouched and the right one still opens", async () => {
    const { path, open } = await setup(fakeKeychain({ backend: "basic_text" }));
    const created = await open().create({ name: NAME, passphrase: PASSPHRASE });
    const before = await snapshot(path);
    const vault = open();
    expect(await vault.unlock("a wrong passphrase")).toEqual({ type: "wrong-passphrase" });
    expect(await vault.unlock(PASSPHRASE.toUpperCase())).toEqual({ type: "wrong-passphrase" });
    expect(await vault.revealPhrase("a wrong passphrase")).toEqual({ type: "wrong-passphrase" });
    expect(vault.identity()).toBeUndefined();
    expect(await snapshot(path)).toEqual(before);
    expect(await vault.unlock(PASSPHRASE)).toEqual({
      type: "unlocked",
      publicKey: created.type === "created" ? created.publicKey : "",
    });
  });

  it("[E6.4] an existing vault is never overwritten", async () => {
    const { path, open } = await setup();
    await open().create({ name: NAME });
    const before = await snapshot(path);
    expect(
      (await fault(open().create({ name: NAME, phrase: KNOWN_PHRASE, passphrase: PASSPHRASE }))).code,
    ).toBe("vault-exists");
    expect(await snapshot(path)).toEqual(before);
  });

  it("[E6.5] restoring keeps the given phrase's identity; an invalid phrase is refused by position, writing nothing", async () => {
    const { path, open } = await setup();
    const restored = await open().create({ name: NAME, phrase: `  ${KNOWN_PHRASE.toUpperCase()} ` });
    expect(restored).toEqual({
      type: "created",
      publicKey: identityFromPhrase(KNOWN_PHRASE).publicKey,
      phrase: KNOWN_PHRASE,
    });

    const other = await setup();
    const typo = await other
      .open()
      .create({ name: NAME, phrase: KNOWN_PHRASE.replace("sausage", "sausagf") });
    expect(typo.type).toBe("invalid-phrase");
    expect(JSON.stringify(typo)).not.toContain("sausag");
    await expect(stat(other.path)).rejects.toMatchObject({ code: "ENOENT" });
    await stat(path);
  });

  it("[E6.6] a keychain that cannot decrypt (another machine, a reset keyring) is reported and the vault is left as it was", async () => {
    const { path, open } = await setup(fakeKeychain({ backend: "kwallet5", machine: 1 }));
    await open().create({ name: NAME });
    const before = await snapshot(path);
    const elsewhere = open(fakeKeychain({ backend: "kwallet5", machine: 2 }));
    expect((await fault(elsewhere.unlock())).code).toBe("keychain-unavailable");
    expect((await fault(open(fakeKeychain({ available: false })).unlock())).code).toBe(
      "keychain-unavailable",
    );
    expect(await snapshot(path)).toEqual(before);
  });

  it("[E6.7] showing the phrase again asks for the passphrase even while unlocked", async () => {
    const { open } = await setup();
    const vault = open();
    const created = await vault.create({ name: NAME, passphrase: PASSPHRASE });
    expect(vault.identity()).toBeDefined();
    expect(await vault.revealPhrase()).toEqual({ type: "passphrase-required" });
    expect(await vault.revealPhrase(PASSPHRASE)).toEqual({
      type: "phrase",
      phrase: created.type === "created" ? created.phrase : "",
    });
  });

  it("[E6.8] the file holds neither the phrase nor the keychain's secret in clear, and locking forgets the identity", async () => {
    const { path, open } = await setup();
    const vault = open();
    const created = await vault.create({ name: NAME });
    const text = await readFile(path, "utf8");
    if (created.type !== "created") throw new Error("not created");
    // No two words of the phrase side by side: base64url and canonical JSON hold no spaces, and
    // a lone word may be a member name (BIP39 has "name") or sit between "-" in base64url.
    const words = created.phrase.split(" ");
    expect(text).not.toContain(created.phrase);
    for (let i = 1; i < words.length; i++) expect(text).not.toContain(`${words[i - 1]} ${words[i]}`);
    expect(JSON.parse(text)).toMatchObject({
      type: "chapterhouse-desktop-vault",
      v: 1,
      protection: "keychain",
      memberKey: created.publicKey,
      name: NAME,
    });
    expect((await stat(path)).mode & 0o077).toBe(0);
    expect(await vault.lock()).toEqual({
      type: "locked",
      protection: "keychain",
      publicKey: created.publicKey,
      name: NAME,
    });
    expect(vault.identity()).toBeUndefined();
  });

  it("[E6.9] a damaged vault file, or none, is reported by code", async () => {
    const { path, open } = await setup();
    expect((await fault(open().unlock())).code).toBe("vault-absent");
    expect((await fault(open().revealPhrase())).code).toBe("vault-absent");
    await writeFile(path, '{"type":"chapterhouse-desktop-vault"');
    expect((await fault(open().status())).code).toBe("vault-unreadable");
    expect((await fault(open().unlock(PASSPHRASE))).code).toBe("vault-unreadable");
  });

  it("[E6.9] a file naming another identity than the one it seals is unreadable, and left as it was", async () => {
    const { path, open } = await setup();
    const created = await open().create({ name: NAME, passphrase: PASSPHRASE });
    if (created.type !== "created") throw new Error("not created");
    const other = identityFromPhrase(KNOWN_PHRASE).publicKey;
    await writeFile(path, (await readFile(path, "utf8")).replace(created.publicKey, other));
    const before = await snapshot(path);
    const vault = open();
    expect(await vault.status()).toMatchObject({ type: "locked", publicKey: other });
    expect((await fault(vault.unlock(PASSPHRASE))).code).toBe("vault-unreadable");
    expect(vault.identity()).toBeUndefined();
    expect(await snapshot(path)).toEqual(before);
  });

  it("[E6.11] the vault keeps its name trimmed and its key in clear for the locked screen; a blank name is refused", async () => {
    const { path, open } = await setup();
    const vault = open();
    await expect(fault(vault.create({ name: "   ", passphrase: PASSPHRASE }))).resolves.toMatchObject({
      code: "invalid-argument",
    });
    await expect(stat(path)).rejects.toMatchObject({ code: "ENOENT" });
    const created = await vault.create({ name: "  Alice Example ", phrase: KNOWN_PHRASE });
    if (created.type !== "created") throw new Error("not created");
    const unlocked = await vault.status();
    expect(unlocked).toMatchObject({ type: "unlocked", name: "Alice Example", publicKey: created.publicKey });
    // The page gets a copy of the Home document's id: changing it changes nothing in the vault.
    if (unlocked.type === "unlocked") unlocked.homeDocument.fill(0);
    expect(await vault.status()).toMatchObject({
      homeDocument: identityFromPhrase(KNOWN_PHRASE).homeDocument,
    });
    expect(await open().status()).toEqual({
      type: "locked",
      protection: "keychain",
      publicKey: created.publicKey,
      name: "Alice Example",
    });
  });

  it("[E6.2] the keychain is judged by availability and backend", async () => {
    expect(await keychainStrength(fakeKeychain())).toEqual({ type: "strong" });
    expect(await keychainStrength(fakeKeychain({ backend: "gnome_libsecret" }))).toEqual({ type: "strong" });
    expect((await keychainStrength(fakeKeychain({ backend: "basic_text" }))).type).toBe("weak");
    expect((await keychainStrength(fakeKeychain({ available: false, backend: "kwallet6" }))).type).toBe(
      "unavailable",
    );
  });
});
