/**
 * Invitations (PROTOCOL.md PVC6): how a member learns of a conversation. The conversation's id,
 * creator and salt, sealed to the member's box key (PV2's sealed box, which names no sender), put
 * in the member's inbox. Anyone may write one; it proves nothing but itself: its id must be the one
 * its creator and salt make, and the conversation's own key records say who is in it.
 */
import { fromBase64url, toBase64url } from "../encoding/base64url.js";
import { hashText } from "../encoding/hash.js";
import { fromUtf8, utf8 } from "../encoding/utf8.js";
import { canonicalize, isObject, parseCanonical } from "../records/canonical.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import { openSealed, sealTo, type SealOpener } from "../private/seal-key.js";
import { isConversation, type Conversation } from "./conversation-scope.js";

/** Longest invitation text read, in UTF-16 code units (PVC6.2): one is about 330. */
export const MAX_INVITATION_LENGTH = 1024;
/** An invitation's plaintext members, sorted (PVC6.1). */
const MEMBERS = "creator,salt,scope";

/** An invitation as stored: its id (SHA-256 of its text) and its text. */
export interface SealedInvitation {
  readonly id: string;
  readonly text: string;
}

/**
 * Seals an invitation to `conversation` for the member whose box key is `recipientBox` (PVC6.1).
 * @param ephemeralSecret 32 random bytes, fresh for every invitation.
 * @throws {TypeError} if the conversation's id is not its creator's and salt's, or what `sealTo` throws.
 */
export function sealInvitation(conversation: Conversation, recipientBox: Uint8Array, ephemeralSecret: Uint8Array): SealedInvitation {
  if (!isConversation(conversation)) throw new TypeError("the conversation's id is not the one its creator and salt make");
  const { creator, salt, scope } = conversation;
  const text = toBase64url(sealTo(utf8(canonicalize({ creator, salt, scope })), recipientBox, ephemeralSecret));
  return { id: hashText(text), text };
}

/**
 * The conversation an invitation text names, for the member with `box` (PVC6.2), or undefined:
 * too long, not base64url, not sealed to this box key, not the canonical JSON of exactly
 * `{ creator, salt, scope }`, or an id that is not its creator's and salt's. Never throws.
 */
export function openInvitation(text: string, box: SealOpener): Conversation | undefined {
  if (typeof text !== "string" || text.length > MAX_INVITATION_LENGTH) return undefined;
  try {
    const plaintext = openSealed(fromBase64url(text), box);
    if (plaintext === undefined) return undefined;
    const value = parseCanonical(fromUtf8(plaintext));
    if (!isObject(value) || Object.keys(value).join(",") !== MEMBERS) return undefined;
    const conversation = { creator: value.creator as MemberKey, salt: value.salt as string, scope: value.scope as RecordId };
    return isConversation(conversation) ? conversation : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The conversations a member's inbox names (PVC6.3): each stored invitation that opens, each
 * conversation once, sorted by id. Entries under a key that is not their id are ignored. Never throws.
 */
export function readInvitations(entries: readonly { readonly key: string; readonly text: string }[], box: SealOpener): Conversation[] {
  const found = new Map<RecordId, Conversation>();
  for (const { key, text } of entries) {
    if (typeof text !== "string" || text.length > MAX_INVITATION_LENGTH || hashText(text) !== key) continue;
    const conversation = openInvitation(text, box);
    if (conversation !== undefined) found.set(conversation.scope, conversation);
  }
  return [...found.values()].sort((a, b) => (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0));
}
