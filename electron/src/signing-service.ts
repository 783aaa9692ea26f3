/**
 * Signing in the main process (DESIGN.md §4, the desktop issue): the renderer asks for a
 * record of a known kind with a typed body; the unlocked identity signs it here, with the
 * main process's clock for `at`. Raw bytes, unknown kinds and a locked vault are refused:
 * the page can never make the key sign something that is not a record.
 */
import type { SignedRecord } from "@chapterhouse/crdt/desktop";
import type { Identity } from "@chapterhouse/crdt/identity";
import { openSealed } from "@chapterhouse/crdt/private";
import { signRecord } from "@chapterhouse/crdt/records";
import { DesktopFault } from "./bridge/desktop-fault.js";
import { parseSignRecordRequest } from "./bridge/ipc-guards.js";

/** What the signing service needs. */
export interface SigningDeps {
  /** The unlocked identity, or undefined while the vault is locked (key-vault.ts). */
  readonly identity: () => Identity | undefined;
  /** Milliseconds since the Unix epoch, for the record's claimed time (R6). */
  readonly now: () => number;
}

/** Signs records for the renderer. */
export interface SigningService {
  /**
   * Signs a typed record request.
   * @throws {DesktopFault} "invalid-argument" if `request` fails parseSignRecordRequest (raw
   *   bytes, an unknown kind, a body that is not a canonical object, malformed deps);
   *   "vault-locked" if no identity is unlocked.
   */
  sign(request: unknown): Promise<SignedRecord>;
  /**
   * Opens seals made to the unlocked identity's box key (PROTOCOL.md PV2.3): each plaintext, or
   * null. The box secret stays here.
   * @throws {DesktopFault} "vault-locked" if no identity is unlocked.
   */
  openSealed(seals: readonly Uint8Array[]): Promise<(Uint8Array | null)[]>;
}

/** The service over `deps`. */
export function createSigningService(deps: SigningDeps): SigningService {
  return {
    async sign(value) {
      // Checked again here, whoever the caller: this is the last door before the key.
      const request = parseSignRecordRequest(value);
      const identity = deps.identity();
      if (identity === undefined) throw new DesktopFault("vault-locked", "unlock the vault before signing");
      const at = deps.now();
      if (!Number.isSafeInteger(at) || at < 0)
        throw new DesktopFault("internal", "the clock gave no usable time");
      const record = await signRecord(identity.signer, {
        kind: request.kind,
        body: request.body,
        at,
        ...(request.deps === undefined ? {} : { deps: request.deps }),
      });
      return { id: record.id, text: record.text };
    },
    openSealed(seals) {
      const identity = deps.identity();
      if (identity === undefined) return Promise.reject(new DesktopFault("vault-locked", "unlock the vault before reading private messages"));
      return Promise.resolve(seals.map((seal) => openSealed(seal, identity.boxKeyPair) ?? null));
    },
  };
}
