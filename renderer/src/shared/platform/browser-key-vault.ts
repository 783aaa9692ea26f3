/**
 * The browser's key vault: the recovery phrase sealed under the member's passphrase in the
 * device's local database (PROTOCOL.md K4), the identity derived from it (K3) kept in this
 * page's memory only while unlocked. Locking, closing or reloading the page forgets it.
 */
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
  type ScryptParams,
} from "@chapterhouse/crdt/identity";
import { MAX_MEMBER_NAME_LENGTH } from "@chapterhouse/crdt/profiles";
import { openSealed, webCryptoSealOpener, type AsyncSealOpener } from "@chapterhouse/crdt/private";
import { signRecord, type Signer } from "@chapterhouse/crdt/records";
import { nextTask, SLICE_MS } from "../documents/time-slices.js";
import type { KeyVault, VaultProgress } from "./key-vault.js";
import type { StoredVault, VaultStorage } from "./vault-storage.js";

/** What the browser key vault needs. */
export interface BrowserKeyVaultOptions {
  readonly storage: VaultStorage;
  /** A cryptographically secure source (`crypto.getRandomValues`, present on insecure origins too). */
  readonly randomBytes: (length: number) => Uint8Array;
  /** Milliseconds since the epoch, for records' claimed time (R6) and the vault's creation time. */
  readonly now: () => number;
  /** scrypt parameters for sealing (`vaultSealParams`). */
  readonly sealParams: ScryptParams;
  /** The page's `crypto.subtle` (undefined on an insecure origin): its X25519 opens seals off the page's thread. */
  readonly subtle: SubtleCrypto | undefined;
}

/** Seals whose WebCrypto agreements are awaited together: the page's share of each is HSalsa20 and Poly1305 of 48 bytes. */
const OPEN_TOGETHER = 64;

/** The browser's KeyVault over `options.storage`. */
export function createBrowserKeyVault(options: BrowserKeyVaultOptions): KeyVault {
  const { storage, randomBytes, now, sealParams, subtle } = options;
  let unlocked: Identity | undefined;
  // The unlocked box secret imported into WebCrypto once (not extractable), or undefined without its X25519.
  let opener: { readonly identity: Identity; readonly opener: Promise<AsyncSealOpener | undefined> } | undefined;
  const openerOf = (identity: Identity) => {
    if (opener?.identity !== identity) opener = { identity, opener: webCryptoSealOpener(identity.boxKeyPair, subtle) };
    return opener.opener;
  };
  // The unlocked signing key imported into WebCrypto once (its Ed25519 signs off the page's thread), or the identity's tweetnacl signer without it.
  let signing: { readonly identity: Identity; readonly signer: Promise<Signer> } | undefined;
  const signerOf = (identity: Identity) => {
    if (signing?.identity !== identity) signing = { identity, signer: identity.signerWith(subtle) };
    return signing.signer;
  };
  const stillUnlocked = (identity: Identity) => {
    if (unlocked !== identity) throw new Error("vault-locked: the identity was locked while private messages were being read");
  };

  /**
   * Each seal opened without holding the page's thread for long (issue 11: a fresh device opens
   * thousands): with WebCrypto's X25519, whose agreements run off the page's thread, in groups;
   * without it (an insecure origin), one tweetnacl agreement at a time in tasks of about SLICE_MS.
   */
  async function openAll(identity: Identity, seals: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]> {
    const webCrypto = await openerOf(identity);
    const opened: (Uint8Array | undefined)[] = [];
    if (webCrypto !== undefined) {
      for (let i = 0; i < seals.length; i += OPEN_TOGETHER) {
        stillUnlocked(identity);
        opened.push(...(await Promise.all(seals.slice(i, i + OPEN_TOGETHER).map((seal) => webCrypto.open(seal)))));
      }
      return opened;
    }
    let slice = performance.now();
    for (const seal of seals) {
      if (performance.now() - slice > SLICE_MS) {
        await nextTask();
        stillUnlocked(identity);
        slice = performance.now();
      }
      opened.push(openSealed(seal, identity.boxKeyPair));
    }
    return opened;
  }

  async function stored(): Promise<StoredVault> {
    const vault = await storage.load();
    if (vault === undefined) throw new Error("vault-absent: there is no identity on this device yet");
    return vault;
  }

  /** Opens the stored vault; undefined for a wrong passphrase. Rejects on any other VaultError. */
  async function open(passphrase: string, onProgress?: VaultProgress): Promise<{ vault: StoredVault; phrase: RecoveryPhrase } | undefined> {
    const vault = await stored();
    try {
      const phrase = await openVault(vault.envelope, passphrase, onProgress === undefined ? {} : { onProgress });
      return { vault, phrase };
    } catch (error) {
      if (error instanceof VaultError && error.code === "wrong-passphrase") return undefined;
      throw error;
    }
  }

  return {
    async status() {
      const vault = await storage.load();
      if (vault === undefined) return { type: "absent" };
      if (unlocked !== undefined && unlocked.publicKey === vault.memberKey) {
        return { type: "unlocked", publicKey: vault.memberKey, name: vault.name, homeDocument: unlocked.homeDocument, boxKey: toBase64url(unlocked.boxKeyPair.publicKey) };
      }
      return { type: "locked", publicKey: vault.memberKey, name: vault.name };
    },

    async create(input) {
      const name = input.name.trim();
      if (name.length === 0 || name.length > MAX_MEMBER_NAME_LENGTH) {
        throw new TypeError(`a name has 1 to ${MAX_MEMBER_NAME_LENGTH} characters`);
      }
      if (input.passphrase.length === 0) throw new TypeError("the passphrase must not be empty");
      if ((await storage.load()) !== undefined) throw new Error("vault-exists: this device already holds an identity");
      let phrase: RecoveryPhrase;
      if (input.phrase === undefined) {
        phrase = generatePhrase(randomBytes);
      } else {
        try {
          phrase = parsePhrase(input.phrase);
        } catch (error) {
          if (error instanceof PhraseError) return { type: "invalid-phrase", problem: error.message };
          throw error;
        }
      }
      const identity = identityFromPhrase(phrase);
      const envelope = await sealVaultWithRandom(phrase, input.passphrase, randomBytes, {
        params: sealParams,
        ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
      });
      await storage.save({ memberKey: identity.publicKey, name, envelope, createdAt: now() });
      unlocked = identity;
      return { type: "created", publicKey: identity.publicKey, phrase };
    },

    async unlock(passphrase, onProgress) {
      const opened = await open(passphrase, onProgress);
      if (opened === undefined) return { type: "wrong-passphrase" };
      const identity = identityFromPhrase(opened.phrase);
      if (identity.publicKey !== opened.vault.memberKey) {
        throw new Error("vault-unreadable: the vault holds another identity than its record says");
      }
      unlocked = identity;
      return { type: "unlocked", publicKey: identity.publicKey };
    },

    lock() {
      unlocked = undefined;
      return Promise.resolve();
    },

    async revealPhrase(passphrase, onProgress) {
      const opened = await open(passphrase, onProgress);
      return opened === undefined ? { type: "wrong-passphrase" } : { type: "phrase", phrase: opened.phrase };
    },

    async signRecord(request) {
      const identity = unlocked;
      if (identity === undefined) throw new Error("vault-locked: unlock your identity before signing");
      const record = await signRecord(await signerOf(identity), {
        kind: request.kind,
        body: request.body,
        at: now(),
        ...(request.deps === undefined ? {} : { deps: request.deps }),
      });
      return { id: record.id, text: record.text };
    },

    openSealed(seals) {
      const identity = unlocked;
      if (identity === undefined) return Promise.reject(new Error("vault-locked: unlock your identity before reading private messages"));
      if (!Array.isArray(seals) || !seals.every((seal) => seal instanceof Uint8Array)) return Promise.reject(new TypeError("seals are byte arrays"));
      return openAll(identity, seals);
    },
  };
}
