/**
 * A conversation between named members, built in memory for tests (PROTOCOL.md PVC): what its
 * Conversation document's `keys` and `messages` maps hold, and each member's keys. Randomness is
 * SHA-256 of a label and a counter, so every run builds the same bytes.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import nacl from "tweetnacl";
import { messageDraft } from "../../src/chat/chat-records.js";
import { newConversation, type Conversation } from "../../src/conversations/conversation-scope.js";
import { toBase64url } from "../../src/encoding/base64url.js";
import { utf8 } from "../../src/encoding/utf8.js";
import { signDraft, type RecordDraft } from "../../src/kinds/record-draft.js";
import { sealLockbox } from "../../src/private/key-lockbox.js";
import { sealEnvelope } from "../../src/private/envelope.js";
import type { ScopeReader } from "../../src/private/read-scope-keys.js";
import type { StoredEnvelope } from "../../src/private/read-envelopes.js";
import { scopeKeyDraft } from "../../src/private/scope-key-records.js";
import { newScopeKey, type ScopeKey } from "../../src/private/scope-key.js";
import type { RecordId } from "../../src/records/ids.js";
import type { ParsedRecord } from "../../src/records/record.js";
import { naclSignerFromSeed } from "../../src/verify/nacl-signer.js";

export type Name = "alice" | "bob" | "carol" | "dave" | "mallory";
const seed = (label: string) => sha256(utf8(`chapterhouse-conversation-test\n${label}`));

export const MEMBERS = Object.fromEntries(
  (["alice", "bob", "carol", "dave", "mallory"] as const).map((name) => {
    const signer = naclSignerFromSeed(seed(name));
    const box = nacl.box.keyPair.fromSecretKey(seed(`box\n${name}`));
    return [name, { signer, member: signer.publicKey, box, boxKey: toBase64url(box.publicKey), reader: { member: signer.publicKey, box } satisfies ScopeReader }];
  }),
) as Record<Name, { signer: ReturnType<typeof naclSignerFromSeed>; member: ScopeReader["member"]; box: nacl.BoxKeyPair; boxKey: string; reader: ScopeReader }>;

/** A conversation being written: its id, its stored maps and what its writers know. */
export class ConversationScenario {
  readonly lockboxes: StoredEnvelope[] = [];
  readonly envelopes: StoredEnvelope[] = [];
  readonly conversation: Conversation;
  /** Epoch keys by name, and the key records of each. */
  readonly epochs = new Map<string, { scopeKey: ScopeKey; records: ParsedRecord[] }>();
  private counter = 0;
  private at = 1_780_000_000_000;

  /** A new conversation of `creator`; or, given `scope`, the private scope of that id (an invited room's, CH12.1), whose salt binds nothing. */
  constructor(creator: Name, scope?: RecordId) {
    const conversation = newConversation(MEMBERS[creator].member, (n) => this.random(n));
    this.conversation = scope === undefined ? conversation : { ...conversation, scope };
  }

  /** Deterministic "random" bytes. */
  random(length: number): Uint8Array {
    return sha256(utf8(`random\n${this.counter++}`)).slice(0, length);
  }

  /** Signs a key record of epoch `name` (a new key unless the epoch exists) sealed to `to`, citing `replaces`' records, and stores its lockbox. */
  async epoch(name: string, by: Name, to: readonly Name[], replaces: readonly string[] = []): Promise<ParsedRecord> {
    const known = this.epochs.get(name);
    const scopeKey = known?.scopeKey ?? newScopeKey((n) => this.random(n));
    const cited = replaces.flatMap((epoch) => this.epochs.get(epoch)!.records.map((record) => record.id));
    const draft = scopeKeyDraft({ scope: this.conversation.scope, scopeKey, recipients: to.map((m) => ({ member: MEMBERS[m].member, box: MEMBERS[m].boxKey })), replaces: cited }, (n) => this.random(n));
    const record = await signDraft(MEMBERS[by].signer, draft, this.at++);
    this.lockboxes.push(keyed(sealLockbox(record, this.conversation.scope, scopeKey, this.random(24))));
    this.epochs.set(name, { scopeKey, records: [...(known?.records ?? []), record] });
    return record;
  }

  /** Signs `draft` by `by` and stores it sealed under epoch `epoch`. */
  async write(by: Name, epoch: string, draft: RecordDraft): Promise<ParsedRecord> {
    const record = await signDraft(MEMBERS[by].signer, draft, this.at++);
    this.envelopes.push(keyed(sealEnvelope(record, this.conversation.scope, this.epochs.get(epoch)!.scopeKey, this.random(24))));
    return record;
  }

  /** A text message of this conversation. */
  message(text: string, extra: { root?: RecordId; quote?: RecordId } = {}): RecordDraft {
    return messageDraft({ scope: this.conversation.scope, text, root: extra.root ?? null, quote: extra.quote ?? null, mentions: [], links: [] });
  }
}

function keyed(sealed: { readonly id: string; readonly text: string }): StoredEnvelope {
  return { key: sealed.id, text: sealed.text };
}
