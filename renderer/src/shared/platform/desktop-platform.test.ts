import type { DesktopApi, HostedMeeting, MenuCommand, VaultStatus } from "@chapterhouse/crdt/desktop";
import { fromBase64url, toBase64url } from "@chapterhouse/crdt/encoding";
import { generatePhrase, identityFromPhrase, parsePhrase, type Identity } from "@chapterhouse/crdt/identity";
import { openSealed, sealKey } from "@chapterhouse/crdt/private";
import { isParsed, parseRecord, signRecord } from "@chapterhouse/crdt/records";
import { randomBytes } from "node:crypto";
import { describe, expect, expectTypeOf, it } from "vitest";
import { choosePlatform } from "./choose-platform.js";
import { OPEN_PER_CALL, createDesktopPlatform, type DesktopPlatform } from "./desktop-platform.js";

const AT = 1_700_000_000_000;
const random = (n: number) => new Uint8Array(randomBytes(n));

/** A page of the desktop app, as the platform reads it. */
function desktopWindow(bridge: DesktopApi | undefined): Window {
  return {
    isSecureContext: true,
    location: { protocol: "chapterhouse:", href: "chapterhouse://app/index.html#/settings" },
    crypto: globalThis.crypto,
    chapterhouse: bridge,
  } as unknown as Window;
}

const MEETING: HostedMeeting = {
  name: "Assembly",
  address: "192.168.1.20",
  port: 41234,
  token: "AAAAAAAAAAAAAAAAAAAAAA",
  joinUrl: "http://192.168.1.20:41234/#/join?token=AAAAAAAAAAAAAAAAAAAAAA",
  relayUrl: "ws://192.168.1.20:41234/?token=AAAAAAAAAAAAAAAAAAAAAA",
};

/**
 * A bridge like the main process's, in memory: a vault sealed "under" a passphrase, signing with
 * crdt, one meeting at a time. Errors are the preload's "code: message" rejections. Every call
 * is recorded by name.
 */
function fakeBridge(options: { hosting?: boolean } = {}) {
  const calls: string[] = [];
  let vault: { phrase: string; passphrase: string | undefined; name: string } | undefined;
  let unlocked: Identity | undefined;
  let meeting: HostedMeeting | undefined = options.hosting === true ? MEETING : undefined;
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const call = (name: string) => calls.push(name);
  const status = (): Promise<VaultStatus> => {
    if (vault === undefined) return Promise.resolve({ type: "absent", passphraseRequired: true });
    const owner = {
      protection: "passphrase",
      publicKey: identityFromPhrase(vault.phrase).publicKey,
      name: vault.name,
    } as const;
    return Promise.resolve(
      unlocked === undefined
        ? { type: "locked", ...owner }
        : { type: "unlocked", ...owner, homeDocument: new Uint8Array(unlocked.homeDocument), boxKey: toBase64url(unlocked.boxKeyPair.publicKey) },
    );
  };
  const bridge = {
    vaultStatus() {
      call("vaultStatus");
      return status();
    },
    createVault(request) {
      call("createVault");
      if (vault !== undefined) return Promise.reject(new Error("vault-exists: a vault exists already"));
      if (request.passphrase === undefined)
        return Promise.resolve({ type: "passphrase-required", reason: "weak keychain" });
      const phrase = request.phrase === undefined ? generatePhrase(random) : parsePhrase(request.phrase);
      vault = { phrase, passphrase: request.passphrase, name: request.name };
      unlocked = identityFromPhrase(phrase);
      return Promise.resolve({ type: "created", publicKey: unlocked.publicKey, phrase });
    },
    unlockVault(passphrase) {
      call("unlockVault");
      if (vault === undefined) return Promise.reject(new Error("vault-absent: there is no vault yet"));
      if (passphrase === undefined) return Promise.resolve({ type: "passphrase-required" });
      if (passphrase !== vault.passphrase) return Promise.resolve({ type: "wrong-passphrase" });
      unlocked = identityFromPhrase(vault.phrase);
      return Promise.resolve({ type: "unlocked", publicKey: unlocked.publicKey });
    },
    lockVault() {
      call("lockVault");
      unlocked = undefined;
      return status();
    },
    revealPhrase(passphrase) {
      call("revealPhrase");
      if (vault === undefined) return Promise.reject(new Error("vault-absent: there is no vault yet"));
      if (passphrase === undefined) return Promise.resolve({ type: "passphrase-required" });
      return Promise.resolve(
        passphrase === vault.passphrase
          ? { type: "phrase", phrase: vault.phrase }
          : { type: "wrong-passphrase" },
      );
    },
    async signRecord(request) {
      call("signRecord");
      if (unlocked === undefined) throw new Error("vault-locked: unlock the vault before signing");
      const record = await signRecord(unlocked.signer, { ...request, at: AT });
      return { id: record.id, text: record.text };
    },
    openSealed(seals) {
      call("openSealed");
      if (unlocked === undefined) return Promise.reject(new Error("vault-locked: unlock the vault before reading private messages"));
      return Promise.resolve(seals.map((seal) => openSealed(seal, unlocked!.boxKeyPair) ?? null));
    },
    setRelays(relays) {
      call("setRelays");
      return Promise.resolve({ type: "saved", relays });
    },
    listInterfaces() {
      call("listInterfaces");
      return Promise.resolve([{ name: "wlan0", address: MEETING.address, kind: "lan" }]);
    },
    hostMeeting() {
      call("hostMeeting");
      if (meeting !== undefined) return Promise.resolve({ type: "already-hosting", meeting });
      meeting = MEETING;
      return Promise.resolve({ type: "hosting", meeting });
    },
    meetingStatus() {
      call("meetingStatus");
      return Promise.resolve(meeting === undefined ? { type: "idle" } : { type: "hosting", meeting });
    },
    stopMeeting() {
      call("stopMeeting");
      const was = meeting;
      meeting = undefined;
      return Promise.resolve(was === undefined ? { type: "not-hosting" } : { type: "stopped" });
    },
    listMeetings() {
      call("listMeetings");
      return Promise.resolve([]);
    },
    exportBundle(request) {
      call("exportBundle");
      return Promise.resolve({
        type: "saved",
        fileName: `${request.suggestedName}.chapterhouse`,
        documents: request.documents.length,
      });
    },
    importBundle() {
      call("importBundle");
      return Promise.resolve({ type: "cancelled" });
    },
    onMenuCommand(listener) {
      call("onMenuCommand");
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    showNotification(notice) {
      call(`showNotification ${notice.title}: ${notice.body} [${notice.tag}]`);
      return notice.tag === "fails" ? Promise.reject(new Error("internal: no notifications")) : Promise.resolve(true);
    },
  } satisfies DesktopApi;
  return { bridge, calls, menu: (command: MenuCommand) => menuListeners.forEach((l) => l(command)) };
}

/** The desktop platform over a fake bridge, once its first meeting status has arrived. */
async function desktop(options: { hosting?: boolean } = {}) {
  const fake = fakeBridge(options);
  const errors: unknown[] = [];
  const platform = createDesktopPlatform(desktopWindow(fake.bridge), fake.bridge, {
    onError: (e) => errors.push(e),
  });
  await platform.meetings.status();
  return { ...fake, platform, errors };
}

describe("the desktop platform", () => {
  it("[E4.1] the renderer's window.chapterhouse has the one DesktopApi type the preload satisfies", () => {
    expectTypeOf<NonNullable<Window["chapterhouse"]>>().toEqualTypeOf<DesktopApi>();
    expectTypeOf<DesktopPlatform["vault"]>().toEqualTypeOf<ReturnType<typeof choosePlatform>["vault"]>();
  });

  it("[E4.5] is chosen in one place, exactly when the preload exposed its bridge", () => {
    const { bridge } = fakeBridge();
    const platform = choosePlatform(desktopWindow(bridge));
    expect(platform.kind).toBe("desktop");
    expect(platform.pageProtocol).toBe("chapterhouse:");
    expect(platform.capabilities).toEqual({ secureContext: true, webCrypto: true, serviceWorker: false });
    expect([platform.meetings.hosting, platform.meetings.discovery]).toEqual([{ type: "available" }, { type: "available" }]);
  });

  it("[E6.11] creates, locks and unlocks the identity in the main process, with its name, key and Home document", async () => {
    const { platform, calls } = await desktop();
    const { vault } = platform;
    expect(await vault.status()).toEqual({ type: "absent" });
    const progress: number[] = [];
    const created = await vault.create({
      name: "  Alice ",
      passphrase: "pass",
      onProgress: (f) => progress.push(f),
    });
    if (created.type !== "created") throw new Error("not created");
    expect(progress).toEqual([0, 1]);
    const identity = identityFromPhrase(created.phrase);
    expect(created.publicKey).toBe(identity.publicKey);
    expect(await vault.status()).toEqual({
      type: "unlocked",
      publicKey: identity.publicKey,
      name: "Alice",
      homeDocument: identity.homeDocument,
      boxKey: toBase64url(identity.boxKeyPair.publicKey),
    });
    await vault.lock();
    expect(await vault.status()).toEqual({ type: "locked", publicKey: identity.publicKey, name: "Alice" });
    expect(await vault.unlock("wrong")).toEqual({ type: "wrong-passphrase" });
    expect(await vault.unlock("pass")).toEqual({ type: "unlocked", publicKey: identity.publicKey });
    expect(await vault.revealPhrase("wrong")).toEqual({ type: "wrong-passphrase" });
    expect(await vault.revealPhrase("pass")).toEqual({ type: "phrase", phrase: created.phrase });
    expect(calls).toContain("createVault");
  });

  it("[E6.5] restores from a phrase, and refuses a blank name or an empty passphrase before asking the main process", async () => {
    const { platform, calls } = await desktop();
    const phrase = generatePhrase(random);
    await expect(platform.vault.create({ name: " ", passphrase: "x" })).rejects.toThrow(TypeError);
    await expect(platform.vault.create({ name: "Alice", passphrase: "" })).rejects.toThrow(TypeError);
    await expect(platform.vault.create({ name: "x".repeat(201), passphrase: "x" })).rejects.toThrow(
      TypeError,
    );
    expect(calls).not.toContain("createVault");
    const restored = await platform.vault.create({ name: "Alice", passphrase: "x", phrase });
    expect(restored).toEqual({ type: "created", publicKey: identityFromPhrase(phrase).publicKey, phrase });
    await expect(platform.vault.create({ name: "Bob", passphrase: "y" })).rejects.toThrow(/^vault-exists/);
  });

  it("[E7.1] signs typed bodies through the main process, and refuses other kinds and bodies that are not objects", async () => {
    const { platform, calls } = await desktop();
    const created = await platform.vault.create({ name: "Alice", passphrase: "pass" });
    if (created.type !== "created") throw new Error("not created");
    const signed = await platform.vault.signRecord({
      kind: "home-chapter",
      body: { chapter: "c" },
      deps: [],
    });
    const parsed = parseRecord(signed.text);
    expect(isParsed(parsed) && parsed.envelope).toMatchObject({
      kind: "home-chapter",
      signer: created.publicKey,
      at: AT,
    });
    expect(isParsed(parsed) && parsed.id).toBe(signed.id);

    const before = calls.length;
    await expect(platform.vault.signRecord({ kind: "redeem", body: {} })).rejects.toThrow(TypeError);
    await expect(platform.vault.signRecord({ kind: "anything", body: {} })).rejects.toThrow(TypeError);
    // A kind reserved for a later feature (PROTOCOL.md D4) is not signable yet.
    await expect(platform.vault.signRecord({ kind: "private-message", body: { text: "hi" } })).rejects.toThrow(TypeError);
    await expect(platform.vault.signRecord({ kind: "private-message", body: "{}" })).rejects.toThrow(TypeError);
    await expect(platform.vault.signRecord({ kind: "private-message", body: ["a"] })).rejects.toThrow(TypeError);
    await expect(platform.vault.signRecord({ kind: "private-message", body: null })).rejects.toThrow(TypeError);
    expect(calls.length).toBe(before);

    await platform.vault.lock();
    await expect(platform.vault.signRecord({ kind: "home-chapter", body: {} })).rejects.toThrow(/^vault-locked/);
  });

  it("[E7.4] [PV2.3] opens seals to the member's box key in the main process: a seal that does not open is undefined, and bad input never reaches the bridge", async () => {
    const { platform, calls } = await desktop();
    await platform.vault.create({ name: "Alice", passphrase: "pass" });
    const status = await platform.vault.status();
    if (status.type !== "unlocked") throw new Error("not unlocked");
    const key = new Uint8Array(randomBytes(32));
    const mine = sealKey(key, fromBase64url(status.boxKey), new Uint8Array(randomBytes(32)));
    expect(await platform.vault.openSealed([mine, new Uint8Array(80)])).toEqual([key, undefined]);
    // [issue 11] Many seals reach the main process a few per call, in order.
    const asked = calls.filter((c) => c === "openSealed").length;
    const many = Array.from({ length: 2 * OPEN_PER_CALL + 1 }, (_, i) => (i % 2 === 0 ? mine : new Uint8Array(80)));
    expect(await platform.vault.openSealed(many)).toEqual(many.map((seal) => (seal === mine ? key : undefined)));
    expect(calls.filter((c) => c === "openSealed").length - asked).toBe(3);
    const before = calls.length;
    await expect(platform.vault.openSealed(["seal" as unknown as Uint8Array])).rejects.toThrow(TypeError);
    expect(calls.length).toBe(before);
  });

  it("[E4.5] locking never rejects: a failure is reported, and the status still comes from the main process", async () => {
    const { platform, bridge, errors } = await desktop();
    await platform.vault.create({ name: "Alice", passphrase: "pass" });
    bridge.lockVault = () => Promise.reject(new Error("internal: the desktop could not complete lock-vault"));
    await expect(platform.vault.lock()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
    expect((await platform.vault.status()).type).toBe("unlocked");
  });

  it("[E4.5] invite links use the hosted meeting's address while it runs, else the page's own", async () => {
    const { platform } = await desktop();
    expect(platform.appAddress()).toBe("chapterhouse://app/index.html");
    expect(await platform.meetings.interfaces()).toHaveLength(1);
    expect(await platform.meetings.host({ name: "Assembly", address: MEETING.address })).toEqual(MEETING);
    expect(platform.appAddress()).toBe("http://192.168.1.20:41234/");
    expect(await platform.meetings.stop()).toEqual({ type: "stopped" });
    expect(platform.appAddress()).toBe("chapterhouse://app/index.html");

    const reopened = await desktop({ hosting: true });
    expect(reopened.platform.appAddress()).toBe("http://192.168.1.20:41234/");
    expect(await reopened.platform.meetings.host({ name: "Other", address: MEETING.address })).toEqual(
      MEETING,
    );
  });

  it("[E10.4] bundle files, menu commands and relays go to the main process as they are", async () => {
    const { platform, calls, menu } = await desktop();
    const documents = [{ documentId: "2o5jPmKyXaS3YwBH2kNDoRxYJQ5A", bytes: new Uint8Array([1, 2, 3]) }];
    expect(await platform.bundleFiles.exportBundle({ suggestedName: "chapter", documents })).toEqual({
      type: "saved",
      fileName: "chapter.chapterhouse",
      documents: 1,
    });
    expect(await platform.bundleFiles.importBundle()).toEqual({ type: "cancelled" });
    const heard: MenuCommand[] = [];
    const stop = platform.bundleFiles.onMenuCommand((command) => heard.push(command));
    menu({ type: "import-bundle" });
    stop();
    menu({ type: "export-bundle" });
    expect(heard).toEqual([{ type: "import-bundle" }]);
    expect(await platform.allowRelays(["wss://relay.example.org/"])).toEqual({
      type: "saved",
      relays: ["wss://relay.example.org/"],
      reloadToApply: true,
    });
    expect(calls).toEqual(
      expect.arrayContaining(["exportBundle", "importBundle", "onMenuCommand", "setRelays"]),
    );
  });

  it("[E12] system notifications go to the main process with nothing to ask; a failure is reported, never thrown", async () => {
    const { platform, calls, errors } = await desktop();
    expect(platform.systemNotifications.permission()).toBe("granted");
    await expect(platform.systemNotifications.request()).resolves.toBe("granted");
    platform.systemNotifications.show({ title: "Vote opened", body: "Fix the stairwell lights", tag: "r-1" }, () => undefined);
    platform.systemNotifications.show({ title: "Vote opened", body: "x", tag: "fails" }, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(expect.arrayContaining(["showNotification Vote opened: Fix the stairwell lights [r-1]"]));
    expect(errors.map(String)).toEqual(["Error: internal: no notifications"]);
  });
});
