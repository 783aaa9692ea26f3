/**
 * Where the browser keeps its vault text (PROTOCOL.md K4): the device-local database's `vault`
 * table in the app, memory in tests. The text is the sealed vault; nothing here is secret in
 * clear.
 */
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { LocalDb } from "../data/local-db.js";

/** One stored identity. */
export interface StoredVault {
  readonly memberKey: MemberKey;
  /** The name the member chose, shown while locked. */
  readonly name: string;
  /** The sealed vault text (K4.2). */
  readonly envelope: string;
  readonly createdAt: number;
}

/** The seam between the browser key vault and its storage. */
export interface VaultStorage {
  /** The identity on this device, if any. Rejects if storage fails. */
  load(): Promise<StoredVault | undefined>;
  /** Stores the identity. Rejects if storage fails. */
  save(vault: StoredVault): Promise<void>;
}

/** Vault storage over the local database's `vault` table (one identity per device for now). */
export function createDexieVaultStorage(db: LocalDb): VaultStorage {
  return {
    async load() {
      const row = await db.vault.orderBy("id").first();
      if (row === undefined) return undefined;
      return { memberKey: row.memberKey as MemberKey, name: row.name, envelope: row.envelope, createdAt: row.createdAt };
    },
    async save(vault) {
      await db.vault.put({ id: vault.memberKey, ...vault });
    },
  };
}

/** Vault storage in memory; each call returns an independent one. */
export function createMemoryVaultStorage(): VaultStorage {
  let stored: StoredVault | undefined;
  return {
    load: () => Promise.resolve(stored),
    save(vault) {
      stored = vault;
      return Promise.resolve();
    },
  };
}
