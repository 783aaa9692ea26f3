/**
 * The key vault seam of the Platform contract: where the member's recovery phrase is kept at
 * rest (PROTOCOL.md K4) and who signs with the unlocked key. The browser keeps the vault in the
 * device's local database and the key in this page's memory while unlocked
 * (`browser-key-vault.ts`); the desktop keeps both in the main process behind its bridge
 * (electron's `DesktopApi`: createVault, unlockVault, lockVault, revealPhrase, signRecord,
 * openSealed),
 * whose shapes these follow so that one adapter can implement this interface over it.
 *
 * Outcomes the member can act on (a wrong passphrase, an invalid phrase) resolve as values
 * tagged by `type`; faults (storage failing, a damaged vault) reject.
 */
import type { CanonicalValue, MemberKey, RecordId } from "@chapterhouse/crdt/records";

/** Reports key-derivation progress from 0 to 1 (scrypt takes about a second). */
export type VaultProgress = (fraction: number) => void;

/** Where the vault stands on this device. */
export type VaultState =
  | { readonly type: "absent" }
  | { readonly type: "locked"; readonly publicKey: MemberKey; readonly name: string }
  | {
      readonly type: "unlocked";
      readonly publicKey: MemberKey;
      readonly name: string;
      /** The 16 bytes naming the member's Home document (K3.6). */
      readonly homeDocument: Uint8Array;
      /** The member's X25519 public key (K3.5), unpadded base64url: what their profile publishes (PF1.3). */
      readonly boxKey: string;
    };

/** What `create` takes. */
export interface CreateIdentityInput {
  /** The name other members see, 1–200 characters. */
  readonly name: string;
  /** Seals the vault on this device; any non-empty text (K4.4). */
  readonly passphrase: string;
  /** Restoring: the typed recovery phrase. Without it a new phrase is generated. */
  readonly phrase?: string;
  readonly onProgress?: VaultProgress;
}

/** What `create` gives. The identity is unlocked afterwards. */
export type CreateIdentityResult =
  /** `phrase` is for its owner to write down now; nothing else keeps it in clear. */
  | { readonly type: "created"; readonly publicKey: MemberKey; readonly phrase: string }
  /** The restore phrase is not valid; `problem` names a position, never a word (K2.4). */
  | { readonly type: "invalid-phrase"; readonly problem: string };

/** What `unlock` gives. */
export type UnlockResult =
  | { readonly type: "unlocked"; readonly publicKey: MemberKey }
  /** The stored vault is untouched: try again. */
  | { readonly type: "wrong-passphrase" };

/** What `revealPhrase` gives. */
export type RevealResult = { readonly type: "phrase"; readonly phrase: string } | { readonly type: "wrong-passphrase" };

/** A record to sign with the unlocked key. The vault sets `signer` and `at` (its clock). */
export interface SignRequest {
  readonly kind: string;
  readonly body: CanonicalValue;
  /** Records the signer has seen (R7); sorted and de-duplicated by the vault. */
  readonly deps?: readonly RecordId[];
}

/** A signed record as stored in documents: its id and canonical text (R3, R4). */
export interface SignedText {
  readonly id: RecordId;
  readonly text: string;
}

/** The member's key vault on this device. */
export interface KeyVault {
  /** Rejects only if storage fails. */
  status(): Promise<VaultState>;
  /**
   * Creates (or restores) the identity and unlocks it.
   * Rejects with an Error if an identity already exists on this device, the name or
   * passphrase is empty, or storage fails.
   */
  create(input: CreateIdentityInput): Promise<CreateIdentityResult>;
  /** Rejects if there is no vault, it is damaged (a VaultError other than wrong-passphrase), or storage fails. */
  unlock(passphrase: string, onProgress?: VaultProgress): Promise<UnlockResult>;
  /** Forgets the key from memory. Never rejects. */
  lock(): Promise<void>;
  /** The recovery phrase again, after the passphrase. Rejects as `unlock` does. */
  revealPhrase(passphrase: string, onProgress?: VaultProgress): Promise<RevealResult>;
  /**
   * Signs a record with the unlocked key.
   * Rejects with an Error whose message starts "vault-locked" while locked, or a TypeError for a
   * malformed kind, body or deps.
   */
  signRecord(request: SignRequest): Promise<SignedText>;
  /**
   * Opens seals made to the member's box key (PROTOCOL.md PV2.3: an epoch's key sealed in a
   * lockbox, an invitation in their inbox) with the unlocked box secret, which never leaves the
   * vault: each seal's plaintext, or undefined for a seal that does not open, in order. Never holds
   * the page's thread for long, however many seals (a fresh device opens thousands): the browser's
   * agreements run in WebCrypto where it has X25519, else one at a time in short tasks; the
   * desktop's in its main process, a few per call.
   * Rejects with an Error whose message starts "vault-locked" while locked, or a TypeError when
   * `seals` is not a list of byte arrays.
   */
  openSealed(seals: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]>;
}
