/**
 * Storage keys (automerge-repo `StorageKey`, an array of strings) as file names
 * (PROTOCOL.md W5.1, W5.2). Only a strict alphabet is accepted, so no key can name a path
 * outside the store, whatever a peer sends; the mapping is one-to-one even on file systems
 * that ignore case (macOS, Windows).
 */

/** A key part: letters, digits and `-`, 1 to 100 characters (W5.1). */
const PART_PATTERN = /^[A-Za-z0-9-]{1,100}$/;
/** Device names Windows reserves in every folder, whatever the case (W5.1). */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Longest file name written; most file systems allow 255 bytes. */
const MAX_FILE_NAME = 240;
const MAX_PARTS = 8;
/** The file name of a key with one part: not producible by `encodePart`. */
export const WHOLE_KEY_FILE = "=";

export class StorageKeyError extends Error {
  override readonly name = "StorageKeyError";
}

/** Where a key lives: `<shard>/<folder>/<file>` under the chunk folder. */
export interface KeyLocation {
  readonly shard: string;
  readonly folder: string;
  readonly file: string;
}

/** True if `part` may appear in a storage key (W5.1). */
export function isValidKeyPart(part: unknown): part is string {
  return typeof part === "string" && PART_PATTERN.test(part) && !RESERVED.test(part);
}

/**
 * Checks a key or key prefix: an array of at most 8 valid parts (a prefix may be empty).
 * Throws `StorageKeyError` otherwise.
 */
export function checkKey(key: readonly unknown[], { prefix }: { prefix: boolean }): string[] {
  if (!Array.isArray(key)) throw new StorageKeyError("storage key must be an array");
  if ((!prefix && key.length === 0) || key.length > MAX_PARTS) {
    throw new StorageKeyError(`storage key must have 1 to ${MAX_PARTS} parts`);
  }
  key.forEach((part, i) => {
    if (!isValidKeyPart(part)) throw new StorageKeyError(`storage key part ${i} is not allowed`);
  });
  return key as string[];
}

/** Upper-case letters become `_` + the lower-case letter, so names differ in more than case. */
export function encodePart(part: string): string {
  return part.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Inverse of `encodePart`. Throws `StorageKeyError` on a name `encodePart` can't produce. */
export function decodePart(name: string): string {
  if (!/^(?:[a-z0-9-]|_[a-z])+$/.test(name)) throw new StorageKeyError(`not an encoded key part: ${name}`);
  const part = name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  if (!isValidKeyPart(part)) throw new StorageKeyError(`not an encoded key part: ${name}`);
  return part;
}

/** The shard folder of a first key part: its first two characters, lower-cased. */
export function shardOf(firstPart: string): string {
  return firstPart.slice(0, 2).toLowerCase();
}

/** The file name of the parts after the first: encoded, joined by `.`. */
export function tailName(rest: readonly string[]): string {
  return rest.length === 0 ? WHOLE_KEY_FILE : rest.map(encodePart).join(".");
}

/** Location of a full key. Throws `StorageKeyError` if the key is invalid or too long. */
export function locate(key: readonly unknown[]): KeyLocation {
  const [first, ...rest] = checkKey(key, { prefix: false });
  const folder = encodePart(first!);
  const file = tailName(rest);
  if (folder.length > MAX_FILE_NAME || file.length > MAX_FILE_NAME) throw new StorageKeyError("storage key too long");
  return { shard: shardOf(first!), folder, file };
}

/** The key parts after the first, from a file name. Throws `StorageKeyError` if not one of ours. */
export function parseTail(file: string): string[] {
  if (file === WHOLE_KEY_FILE) return [];
  return file.split(".").map(decodePart);
}

/** True if the file name `file` holds a key whose parts after the first start with `restPrefix`. */
export function tailMatches(file: string, restPrefix: readonly string[]): boolean {
  if (restPrefix.length === 0) return true;
  if (file === WHOLE_KEY_FILE) return false;
  const wanted = tailName(restPrefix);
  return file === wanted || file.startsWith(`${wanted}.`);
}

/** Orders keys by their parts read from the last to the first, by UTF-16 code units. */
export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 1; i <= Math.max(a.length, b.length); i++) {
    const x = a[a.length - i];
    const y = b[b.length - i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
