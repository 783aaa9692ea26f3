/**
 * What the relay holds of a private conversation (PROTOCOL.md PVC2.3, issue 11): a real relay
 * carries a conversation between alice and bob, and its data folder, read byte for byte and
 * decoded as Automerge, holds none of their texts, names or keys. A plain document synced the
 * same way beside it shows that the search finds what is in clear.
 */
import * as A from "@automerge/automerge";
import { ImmutableString, interpretAsDocumentId, type DocHandle, type Repo } from "@automerge/automerge-repo";
import { messageDraft } from "@chapterhouse/crdt/chat";
import {
  conversationDocumentId,
  conversationGenesis,
  inboxDocumentId,
  inboxGenesis,
  newConversation,
  readConversation,
  readInvitations,
  sealInvitation,
  type InboxDoc,
} from "@chapterhouse/crdt/conversations";
import type { ConversationDoc } from "@chapterhouse/crdt/documents";
import { toBase64url } from "@chapterhouse/crdt/encoding";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { newScopeKey, scopeKeyDraft, sealEnvelope, sealLockbox } from "@chapterhouse/crdt/private";
import { naclSignerFromSeed, tweetnaclVerifier } from "@chapterhouse/crdt/verify";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import nacl from "tweetnacl";
import { describe, expect, it } from "vitest";
import { connectPeer } from "./helpers/connect-peer.js";
import { listFilesRecursively } from "./helpers/list-files.js";
import { startTestRelay } from "./helpers/start-test-relay.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";
import { untilDoc } from "./helpers/until-doc.js";

const random = (length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length));
const member = (name: string) => {
  const signer = naclSignerFromSeed(random(32));
  const box = nacl.box.keyPair();
  return { name, signer, box, boxKey: toBase64url(box.publicKey), reader: { member: signer.publicKey, box } };
};
const TEXTS = ["Alice Martin here: the squat meeting moves to Calle Mayor 12", "Bob Okafor: I will bring the keys to the back door"];
const CONTROL = "this control sentence travels in clear";


/** Opens a document found from an id (PVC2.2, PVC6.3): find it, then merge its genesis. */
async function openDerived<T>(repo: Repo, id: Uint8Array, genesis: Uint8Array): Promise<DocHandle<T>> {
  const docId = interpretAsDocumentId(id as Parameters<typeof interpretAsDocumentId>[0]);
  await repo.find(docId, { allowableStates: ["ready", "unavailable"] });
  return repo.import<T>(genesis, { docId });
}

/** The stored texts of one map of a Conversation document, as PV5 and PV8.4 take them. */
const stored = (map: Record<string, unknown>) => Object.entries(map).map(([key, value]) => ({ key, text: String(value) }));

describe("a private conversation through the relay", () => {
  it("[PVC2.3] [PVC6.4] bob finds the conversation in his inbox and reads it; the relay's stored bytes hold none of the texts, no names and no member keys, while a plain document's text is found by the same search", async () => {
    const relay = await startTestRelay();
    try {
      const [alice, bob] = [member("Alice Martin"), member("Bob Okafor")];
      const alicePeer = await connectPeer("alice", relay.clientUrl);
      const bobPeer = await connectPeer("bob", relay.clientUrl);

      // alice starts the conversation: its first epoch sealed to both, in a lockbox, and two messages.
      const conversation = newConversation(alice.signer.publicKey, random);
      const scopeKey = newScopeKey(random);
      const recipients = [alice, bob].map((m) => ({ member: m.signer.publicKey, box: m.boxKey }));
      const keyRecord = await signDraft(alice.signer, scopeKeyDraft({ scope: conversation.scope, scopeKey, recipients }, random), 1_780_000_000_000);
      const lockbox = sealLockbox(keyRecord, conversation.scope, scopeKey, random(24));
      const aliceDoc = await openDerived<ConversationDoc>(alicePeer.repo, conversationDocumentId(conversation.scope), conversationGenesis());
      const [first, second] = await Promise.all(
        TEXTS.map((text, i) => signDraft(i === 0 ? alice.signer : bob.signer, messageDraft({ scope: conversation.scope, text }), 1_780_000_000_001 + i)),
      );
      aliceDoc.change((doc) => {
        doc.keys[lockbox.id] = new ImmutableString(lockbox.text);
        for (const record of [first!, second!]) {
          const envelope = sealEnvelope(record, conversation.scope, scopeKey, random(24));
          doc.messages[envelope.id] = new ImmutableString(envelope.text);
        }
      });
      const control = alicePeer.repo.create({ note: CONTROL });
      await waitForRelayHeads(relay.relay.repo, aliceDoc.documentId, aliceDoc.heads());
      await waitForRelayHeads(relay.relay.repo, control.documentId, control.heads());

      // alice invites bob through his inbox (PVC6), found from his box key alone.
      const bobInbox = await openDerived<InboxDoc>(alicePeer.repo, inboxDocumentId(bob.boxKey), inboxGenesis());
      const invitation = sealInvitation(conversation, bob.box.publicKey, random(32));
      bobInbox.change((doc) => {
        doc.invitations[invitation.id] = new ImmutableString(invitation.text);
      });
      await waitForRelayHeads(relay.relay.repo, bobInbox.documentId, bobInbox.heads());

      // bob finds the conversation in his inbox, then its document from its id, and reads both messages.
      const inbox = await openDerived<InboxDoc>(bobPeer.repo, inboxDocumentId(bob.boxKey), inboxGenesis());
      await untilDoc(inbox, (doc) => Object.keys(doc.invitations).length === 1);
      const [found] = readInvitations(stored(inbox.doc().invitations), bob.box);
      expect(found).toEqual(conversation);
      const bobDoc = await openDerived<ConversationDoc>(bobPeer.repo, conversationDocumentId(found!.scope), conversationGenesis());
      await untilDoc(bobDoc, (doc) => Object.keys(doc.messages).length === 2 && Object.keys(doc.keys).length === 1);
      const reading = await readConversation({
        conversation: found!,
        lockboxes: stored(bobDoc.doc().keys),
        envelopes: stored(bobDoc.doc().messages),
        reader: bob.reader,
        verifier: tweetnaclVerifier(),
      });
      expect(reading.timeline.messages.map((m) => m.text)).toEqual(TEXTS);

      await alicePeer.close();
      await bobPeer.close();
      await relay.relay.close(); // flushes to the data folder

      const dataDir = join(relay.root, "data");
      const files = await listFilesRecursively(dataDir);
      const bytes = await Promise.all(files.map((file) => readFile(join(dataDir, file))));
      const raw = Buffer.concat(bytes).toString("latin1");
      // Decoded as well as raw: Automerge compresses columns, so a text could hide from a raw search.
      const decoded = bytes
        .map((chunk) => {
          try {
            return JSON.stringify(A.toJS(A.load(new Uint8Array(chunk))));
          } catch {
            return "";
          }
        })
        .join("\n");
      const everything = `${raw}\n${decoded}`;
      expect(everything).toContain(CONTROL);
      expect(decoded).toContain(lockbox.id); // the search reaches the conversation's document
      expect(decoded).toContain(invitation.id); // and bob's inbox
      const secrets = [
        ...TEXTS,
        ...TEXTS.map((text) => text.slice(0, 12)),
        alice.name,
        bob.name,
        "Calle Mayor",
        alice.signer.publicKey,
        bob.signer.publicKey,
        alice.boxKey,
        bob.boxKey,
        conversation.salt,
      ];
      for (const secret of secrets) expect(everything, secret).not.toContain(secret);
      for (const key of [alice.box.publicKey, bob.box.publicKey]) expect(raw).not.toContain(Buffer.from(key).toString("latin1"));
    } finally {
      await relay.stop();
    }
  }, 30_000);
});
