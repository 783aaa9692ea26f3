/**
 * The hash of a box's counted ballots (PROTOCOL.md V5.1) and the shard a member's ballots go to
 * (V4.6).
 */
import { fromBase64url } from "../encoding/base64url.js";
import { hashText } from "../encoding/hash.js";
import type { MemberKey, RecordId } from "../records/ids.js";

/**
 * SHA-256, unpadded base64url, of the counted ballot ids sorted ascending (UTF-16 code units) and
 * joined with a line feed; the empty text for no ids (V5.1). Never throws.
 */
export function countedHash(ids: Iterable<RecordId>): string {
  return hashText([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join("\n"));
}

/**
 * The shard a member's ballots are written to (V4.6): the first 4 bytes of the key as an unsigned
 * big-endian integer, modulo `shards`. Advisory only: a ballot counts in any box of its vote.
 * @throws {TypeError} if the key is not base64url or `shards` is not a positive integer.
 */
export function shardOf(key: MemberKey, shards: number): number {
  if (!Number.isSafeInteger(shards) || shards < 1) throw new TypeError("shardOf: shards must be a positive integer");
  const bytes = fromBase64url(key);
  if (bytes.length < 4) throw new TypeError("shardOf: not a key");
  const head = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  return head % shards;
}
