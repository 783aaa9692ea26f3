/**
 * The desktop key vault: the member's recovery phrase at rest in the K4 vault of
 * @chapterhouse/crdt, its passphrase kept by the OS keychain (Electron safeStorage) where
 * that keychain is real, or typed by the member where it is not. On Linux without a keyring
 * safeStorage reports the `basic_text` backend, which encrypts with a fixed, public key: a
 * passphrase is then required, never a silent weak default (DESIGN.md §8).
 *
 * The unlocked identity stays in the main process; the phrase leaves it only from create
 * and revealPhrase. Unlocking and revealing never write: a wrong passphrase loses nothing.
 * Beside the sealed vault the file keeps, in clear, the identity's public key and the name
 * the member chose, so the locked screen can say whose it is (vault-file.ts).
 */
import type {
  CreateVaultOptions,
  CreateVaultResult,
  RevealResult,
  UnlockResult,
  VaultStatus,
} from "@chapterhouse/crdt/desktop";
import { toBase64url } from "@chapterhouse/crdt/encoding";
import {
  PhraseError,
  VaultError,
  generatePhrase,
  identityFromPhrase,
  openVault,
  parsePhrase,
  sealVaultWithRandom,
  type Identity,
  type RecoveryPhrase,
  type SealOptions,
} from "@chapterhouse/crdt/identity";
import { DesktopFault } from "./bridge/desktop-fault.js";
import type { TextFileStore } from "./text-file-store.js";
import { formatDesktopVault, parseDesktopVault, type DesktopVaultFile } from "./vault-file.js";

/** The part of Electron's safeStorage the vault uses (main.ts adapts the async API to it). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean | Promise<boolean>;
  /** Linux only: the password store in use ("basic_text", "gnome_libsecret", "kwallet5", …). */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Uint8Array | Promise<Uint8Array>;
  decryptString(encrypted: Uint8Array): string | Promise<string>;
}

/** Backends that protect nothing: `basic_text` uses a fixed key; `unknown` means not yet known (before `ready`). */
export const WEAK_BACKENDS: readonly string[] = Object.freeze(["basic_text", "unknown"]);

/** How far the OS keychain can be trusted, and why not. */
export type KeychainStrength =
  { readonly type: "strong" } | { readonly type: "weak" | "unavailable"; readonly reason: string };

/** Bytes of the random passphrase a keychain-protected vault is sealed under. */
export const KEYCHAIN_SECRET_BYTES = 32;

/**
 * Judges the OS keychain: "unavailable" if encryption is not available, "weak" if its
 * backend is one of WEAK_BACKENDS, else "strong".
 * @throws whatever the keychain's isEncryptionAvailable throws.
 */
export async function keychainStrength(keychain: SafeStorageLike): Promise<KeychainStrength> {
  if (!(await keychain.isEncryptionAvailable()))
    return { type: "unavailable", reason: "no OS keychain is available to protect the vault" };
  const backend = keychain.getSelectedStorageBackend?.();
  if (backend !== undefined && WEAK_BACKENDS.includes(backend)) {
    return {
      type: "weak",
      reason: `this system's keychain (${backend}) stores secrets with a fixed key, so a passphrase must protect the vault`,
    };
  }
  return { type: "strong" };
}

/** What a key vault needs. */
export interface KeyVaultDeps {
  /** Where the vault file lives (text-file-store.ts, in the app's user data folder). */
  readonly store: TextFileStore;
  readonly keychain: SafeStorageLike;
  /** A cryptographically secure source of bytes. */
  readonly randomBytes: (length: number) => Uint8Array;
  /** scrypt parameters for sealing (tests pass the minimum); crdt's default otherwise. */
  readonly sealOptions?: SealOptions;
}

/** The desktop's key vault. Calls are run one at a time. */
export interface KeyVault {
  /** @throws {DesktopFault} "vault-unreadable" if the file is damaged. */
  status(): Promise<VaultStatus>;
  /**
   * Creates the vault from a new phrase, or from `options.phrase` to restore, under the name
   * `options.name` (trimmed).
   * @throws {DesktopFault} "vault-exists" if there is one already (it is never overwritten);
   *   "invalid-argument" if the name is blank.
   */
  create(options: CreateVaultOptions): Promise<CreateVaultResult>;
  /**
   * Unlocks: the identity is then available to sign. Never writes.
   * @throws {DesktopFault} "vault-absent", "vault-unreadable" (also when the sealed phrase is
   *   not the identity the file names), or "keychain-unavailable" when the OS keychain cannot
   *   decrypt a keychain-protected vault (restore from the phrase).
   */
  unlock(passphrase?: string): Promise<UnlockResult>;
  /** Forgets the unlocked identity. */
  lock(): Promise<VaultStatus>;
  /**
   * The phrase, re-reading the vault: a passphrase-protected vault asks for its passphrase
   * even when unlocked. Never writes; does not change whether the vault is unlocked.
   * @throws as unlock does.
   */
  revealPhrase(passphrase?: string): Promise<RevealResult>;
  /** The unlocked identity, for signing in the main process; undefined while locked. */
  identity(): Identity | undefined;
}

/** What opening the stored vault gives. */
type Opened =
  | { readonly type: "phrase"; readonly phrase: RecoveryPhrase }
  | { readonly type: "passphrase-required" }
  | { readonly type: "wrong-passphrase" };

/** A key vault over `deps.store`. State (the unlocked identity) lives in the returned object. */
export function createKeyVault(deps: KeyVaultDeps): KeyVault {
  const { store, keychain, randomBytes, sealOptions = {} } = deps;
  let unlocked: { identity: Identity; protection: DesktopVaultFile["protection"] } | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  const readFile = async (): Promise<DesktopVaultFile | undefined> => {
    const text = await store.read();
    return text === undefined ? undefined : parseDesktopVault(text);
  };

  /** The phrase in `file`, or the outcome the member must act on. */
  const open = async (file: DesktopVaultFile, passphrase: string | undefined): Promise<Opened> => {
    if (file.protection === "passphrase") {
      if (passphrase === undefined) return { type: "passphrase-required" };
      try {
        return { type: "phrase", phrase: await openVault(file.vault, passphrase) };
      } catch (error) {
        if (error instanceof VaultError && error.code === "wrong-passphrase")
          return { type: "wrong-passphrase" };
        throw unreadable(error);
      }
    }
    if ((await keychainStrength(keychain)).type === "unavailable")
      throw keychainLost("the OS keychain is not available");
    let secret: string;
    try {
      secret = await keychain.decryptString(file.keychain);
    } catch {
      throw keychainLost(
        "the OS keychain cannot decrypt the vault's key (another user or machine, or a reset keychain)",
      );
    }
    try {
      return { type: "phrase", phrase: await openVault(file.vault, secret) };
    } catch (error) {
      if (error instanceof VaultError && error.code === "wrong-passphrase")
        throw keychainLost("the OS keychain returned a key that does not open the vault");
      throw unreadable(error);
    }
  };

  return {
    status: () =>
      exclusive(async () => {
        const file = await readFile();
        if (file === undefined)
          return { type: "absent", passphraseRequired: (await keychainStrength(keychain)).type !== "strong" };
        return unlocked !== undefined && unlocked.identity.publicKey === file.memberKey
          ? unlockedStatus(file, unlocked.identity)
          : lockedStatus(file);
      }),

    create: (options) =>
      exclusive(async (): Promise<CreateVaultResult> => {
        const name = options.name.trim();
        if (name === "") throw new DesktopFault("invalid-argument", "the vault's name must not be blank");
        if ((await store.read()) !== undefined)
          throw new DesktopFault("vault-exists", "a vault exists already; it is never overwritten");
        let phrase: RecoveryPhrase;
        try {
          phrase = options.phrase === undefined ? generatePhrase(randomBytes) : parsePhrase(options.phrase);
        } catch (error) {
          // PhraseError messages name a position, never a word (PROTOCOL.md K2.4).
          if (error instanceof PhraseError) return { type: "invalid-phrase", problem: error.message };
          throw error;
        }
        const identity = identityFromPhrase(phrase);
        const owner = { memberKey: identity.publicKey, name };
        let file: DesktopVaultFile;
        if (options.passphrase !== undefined) {
          file = {
            ...owner,
            protection: "passphrase",
            vault: await sealVaultWithRandom(phrase, options.passphrase, randomBytes, sealOptions),
          };
        } else {
          const strength = await keychainStrength(keychain);
          if (strength.type !== "strong") return { type: "passphrase-required", reason: strength.reason };
          const secret = toBase64url(randomBytes(KEYCHAIN_SECRET_BYTES));
          const wrapped = await keychain.encryptString(secret);
          // Prove the keychain gives the secret back before relying on it.
          if ((await keychain.decryptString(wrapped)) !== secret)
            throw keychainLost("the OS keychain does not give back what it encrypted");
          file = {
            ...owner,
            protection: "keychain",
            vault: await sealVaultWithRandom(phrase, secret, randomBytes, sealOptions),
            keychain: wrapped,
          };
        }
        await store.write(formatDesktopVault(file));
        unlocked = { identity, protection: file.protection };
        return { type: "created", publicKey: identity.publicKey, phrase };
      }),

    unlock: (passphrase) =>
      exclusive(async (): Promise<UnlockResult> => {
        const file = await readFile();
        if (file === undefined)
          throw new DesktopFault(
            "vault-absent",
            "there is no vault yet: create one or restore from a recovery phrase",
          );
        if (unlocked !== undefined) return { type: "unlocked", publicKey: unlocked.identity.publicKey };
        const opened = await open(file, passphrase);
        if (opened.type !== "phrase") return opened;
        const identity = identityFromPhrase(opened.phrase);
        if (identity.publicKey !== file.memberKey)
          throw new DesktopFault(
            "vault-unreadable",
            "the vault holds another identity than its file names (damaged, or edited)",
          );
        unlocked = { identity, protection: file.protection };
        return { type: "unlocked", publicKey: identity.publicKey };
      }),

    lock: () =>
      exclusive(async (): Promise<VaultStatus> => {
        unlocked = undefined;
        const file = await readFile();
        if (file === undefined)
          return { type: "absent", passphraseRequired: (await keychainStrength(keychain)).type !== "strong" };
        return lockedStatus(file);
      }),

    revealPhrase: (passphrase) =>
      exclusive(async (): Promise<RevealResult> => {
        const file = await readFile();
        if (file === undefined) throw new DesktopFault("vault-absent", "there is no vault yet");
        return open(file, passphrase);
      }),

    identity: () => unlocked?.identity,
  };
}

function lockedStatus(file: DesktopVaultFile): VaultStatus {
  return { type: "locked", protection: file.protection, publicKey: file.memberKey, name: file.name };
}

function unlockedStatus(file: DesktopVaultFile, identity: Identity): VaultStatus {
  return {
    type: "unlocked",
    protection: file.protection,
    publicKey: identity.publicKey,
    name: file.name,
    // A copy: the page gets its own bytes, never the identity's.
    homeDocument: new Uint8Array(identity.homeDocument),
    boxKey: toBase64url(identity.boxKeyPair.publicKey),
  };
}

function unreadable(error: unknown): DesktopFault {
  // VaultError messages never hold the passphrase or the secret (PROTOCOL.md K4.8).
  const detail = error instanceof VaultError ? error.message : "unexpected error";
  return new DesktopFault("vault-unreadable", `the vault cannot be opened: ${detail}`);
}

function keychainLost(why: string): DesktopFault {
  return new DesktopFault(
    "keychain-unavailable",
    `${why}; the stored vault is unchanged (your recovery phrase restores the identity)`,
  );
}
