/**
 * The device-local database (Dexie over IndexedDB): what belongs to this device only and is
 * never synced. Documents themselves live in automerge-repo's own IndexedDB database.
 *
 * Tables and their indexes (Dexie schema syntax: first the primary key, then indexes;
 * `[a+b]` a compound index, `*x` a multi-entry index, `++` auto-increment):
 * - vault: the encrypted identity envelopes (PROTOCOL.md K4), one per identity on the device.
 * - settings: small key/value settings (e.g. `workOffline`, `language`: shared/i18n/language-store.ts).
 * - relays: the relays and meeting hosts the member added.
 * - readMarkers: how far the member has read a thread, proposal or log.
 * - notifications: the queue of things to tell the member, oldest first.
 * - searchEntries: the full-text search index over records this device can read.
 * - records + recordPlacements: the append-only store of verified records (PROTOCOL.md D8):
 *   each text once by id, and each (document, map) scope it was found in.
 * - verifiedIds: record ids whose signature verified, per verifier policy version (S8).
 * - sharedHeads: per document, the heads each relay last acknowledged, so that "changes not
 *   yet shared" survives a restart while offline.
 * - keptResults (version 2): what the verification worker computed from documents, by what it is
 *   (e.g. a chapter's proposal index) with the version it was computed at (the documents' heads),
 *   so a reload at the same heads reads it back instead of computing it again.
 */
import { Dexie, type Table } from "dexie";

/** One encrypted identity. `envelope` is the vault envelope text; the secret never appears in clear. */
export interface VaultRow {
  readonly id: string;
  readonly memberKey: string;
  readonly name: string;
  readonly envelope: string;
  readonly createdAt: number;
}

/** A setting by key. Readers check the value's type: it is whatever was stored. */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** A relay or meeting host added on this device. */
export interface RelayRow {
  readonly url: string;
  readonly kind: "relay" | "meeting";
  readonly addedAt: number;
}

/** How far the member has read `target` (a thread, proposal or decisions log id). */
export interface ReadMarkerRow {
  readonly target: string;
  /** The id of the last record read. */
  readonly readUpTo: string;
  readonly at: number;
}

/** Something to tell the member. `read` is 0 or 1 because IndexedDB cannot index booleans. */
export interface NotificationRow {
  readonly seq?: number;
  readonly kind: string;
  readonly target: string;
  readonly chapter: string;
  readonly text: string;
  readonly createdAt: number;
  readonly read: 0 | 1;
}

/** One searchable item: a proposal, a comment, a post… `terms` are its normalised words. */
export interface SearchEntryRow {
  readonly key: string;
  readonly chapter: string;
  readonly kind: string;
  readonly target: string;
  readonly title: string;
  readonly terms: readonly string[];
  readonly updatedAt: number;
}

/** A verified record's canonical text, by its id (R3). Never changed once written. */
export interface RecordRow {
  readonly id: string;
  readonly text: string;
}

/** That record `id` was found in the record map `map` of document `document` (D8). */
export interface RecordPlacementRow {
  readonly document: string;
  readonly map: string;
  readonly id: string;
}

/** Record `id` verified under verifier policy `policy` (S8). */
export interface VerifiedIdRow {
  readonly policy: number;
  readonly id: string;
  readonly verifiedAt: number;
}

/** The heads of one document each relay (by its storage id) last acknowledged. */
export interface SharedHeadsRow {
  readonly documentId: string;
  readonly byStorage: Readonly<Record<string, readonly string[]>>;
}

/** A result the worker computed, by what it is (`key`), with the `version` it was computed at. Replaced whole. */
export interface KeptResultRow {
  readonly key: string;
  readonly version: string;
  readonly value: unknown;
  readonly keptAt: number;
}

/** The device-local database. */
export type LocalDb = Dexie & {
  vault: Table<VaultRow, string>;
  settings: Table<SettingRow, string>;
  relays: Table<RelayRow, string>;
  readMarkers: Table<ReadMarkerRow, string>;
  notifications: Table<NotificationRow, number>;
  searchEntries: Table<SearchEntryRow, string>;
  records: Table<RecordRow, string>;
  recordPlacements: Table<RecordPlacementRow, [string, string, string]>;
  verifiedIds: Table<VerifiedIdRow, [number, string]>;
  sharedHeads: Table<SharedHeadsRow, string>;
  keptResults: Table<KeptResultRow, string>;
};

/** Schema version 1. A later version adds a `version(2)` with an upgrade, never edits this. */
export const LOCAL_DB_SCHEMA_V1 = {
  vault: "id, memberKey",
  settings: "key",
  relays: "url, addedAt",
  readMarkers: "target",
  notifications: "++seq, createdAt, target, [read+createdAt]",
  searchEntries: "key, chapter, kind, target, updatedAt, *terms",
  records: "id",
  recordPlacements: "[document+map+id]",
  verifiedIds: "[policy+id]",
  sharedHeads: "documentId",
} as const;

/** Schema version 2: version 1's tables and `keptResults` (nothing to upgrade: it starts empty). */
export const LOCAL_DB_SCHEMA_V2 = { keptResults: "key" } as const;

/** The name of the device-local database of a storage namespace (`Platform.storageNamespace`). */
export function localDbName(namespace: string): string {
  return `${namespace}-local`;
}

/**
 * Opens (creating or upgrading if needed) the device-local database called `name`.
 * The database opens lazily on first use; failures surface as rejected queries.
 */
export function openLocalDb(name: string): LocalDb {
  const db = new Dexie(name) as LocalDb;
  db.version(1).stores(LOCAL_DB_SCHEMA_V1);
  db.version(2).stores(LOCAL_DB_SCHEMA_V2);
  return db;
}
