/**
 * A conversation's id (PROTOCOL.md PVC1): its creator's key bound to a random salt. Its content
 * is all encrypted, so no record's hash can name it; the binding lets every member check who may
 * start its first epoch (PVC3.1) without anyone else learning who that is from the id.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { fromBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { utf8 } from "../encoding/utf8.js";
import type { MemberKey, RecordId } from "../records/ids.js";

/** Bytes of a conversation's salt (PVC1). */
export const CONVERSATION_SALT_BYTES = 32;

/** What PVC1 hashes first: ASCII `chapterhouse-conversation` and a line feed. */
const PREFIX = utf8("chapterhouse-conversation\n");

/** A conversation as its members know it: its id, and the creator and salt that make it. */
export interface Conversation {
  readonly scope: RecordId;
  readonly creator: MemberKey;
  /** Unpadded base64url of the 32-byte salt. */
  readonly salt: string;
}

/**
 * The id of the conversation `creator` starts with `salt` (PVC1): SHA-256 of
 * `chapterhouse-conversation\n` ‖ the creator's key (32 bytes) ‖ the salt (32 bytes), base64url.
 * @throws {TypeError} if the key or salt is not base64url of 32 bytes.
 */
export function conversationScope(creator: MemberKey, salt: string): RecordId {
  const input = new Uint8Array(PREFIX.length + 32 + CONVERSATION_SALT_BYTES);
  input.set(PREFIX);
  input.set(fromBase64urlOfLength(creator, 32), PREFIX.length);
  input.set(fromBase64urlOfLength(salt, CONVERSATION_SALT_BYTES), PREFIX.length + 32);
  return toBase64url(sha256(input)) as RecordId;
}

/**
 * A new conversation of `creator` (PVC1), its salt from `randomBytes` (a secure source).
 * @throws what `conversationScope` throws.
 */
export function newConversation(creator: MemberKey, randomBytes: (length: number) => Uint8Array): Conversation {
  const salt = toBase64url(randomBytes(CONVERSATION_SALT_BYTES));
  return { scope: conversationScope(creator, salt), creator, salt };
}

/** True when `conversation`'s id is the one its creator and salt make (PVC1). Never throws. */
export function isConversation(conversation: Conversation): boolean {
  try {
    return conversationScope(conversation.creator, conversation.salt) === conversation.scope;
  } catch {
    return false;
  }
}
