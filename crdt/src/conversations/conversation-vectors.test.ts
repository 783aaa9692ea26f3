import { readFileSync } from "node:fs";
import nacl from "tweetnacl";
import { describe, expect, it } from "vitest";
import type { MemberKey } from "../records/ids.js";
import { tweetnaclVerifier } from "../verify/tweetnacl-verifier.js";
import { hexToBytes as hex, bytesToHex } from "../../test/helpers/hex.js";
import { conversationDocumentId, conversationDocumentUrl, conversationGenesis } from "./conversation-document.js";
import { conversationScope, type Conversation } from "./conversation-scope.js";
import { inboxDocumentId, inboxDocumentUrl, inboxGenesis } from "./inbox-document.js";
import { openInvitation, sealInvitation } from "./invitation.js";
import { readConversation } from "./read-conversation.js";

type Name = "alice" | "bob" | "carol" | "dave" | "mallory";
interface Vector {
  readonly members: Record<Name, { seed: string; member: MemberKey; boxSecret: string; box: string; inbox: { id: string; url: string } }>;
  readonly conversation: Conversation;
  readonly document: { id: string; url: string; genesis: string };
  readonly inboxGenesis: string;
  readonly invitation: { to: Name; ephemeralSecret: string; text: string; id: string };
  readonly lockboxes: readonly { key: string; text: string; note: string }[];
  readonly envelopes: readonly { key: string; text: string; note: string }[];
  readonly readings: Record<Name, unknown>;
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/private/conversation.json", import.meta.url), "utf8")) as Vector;
const box = (name: Name) => nacl.box.keyPair.fromSecretKey(hex(vector.members[name].boxSecret));
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

describe("the conversation vector (crdt/vectors/private/conversation.json)", () => {
  it("[PVC1] [PVC2.1] [PVC6.3] the conversation's id, its document's id and URL, and each member's inbox are the vector's", () => {
    const { conversation } = vector;
    expect(conversationScope(conversation.creator, conversation.salt)).toBe(conversation.scope);
    expect(bytesToHex(conversationDocumentId(conversation.scope))).toBe(vector.document.id);
    expect(conversationDocumentUrl(conversation.scope)).toBe(vector.document.url);
    for (const member of Object.values(vector.members)) {
      expect(bytesToHex(inboxDocumentId(member.box))).toBe(member.inbox.id);
      expect(inboxDocumentUrl(member.box)).toBe(member.inbox.url);
    }
  });

  it("[PVC2.2] [PVC6.3] the Conversation document's and the inbox's genesis are the vector's bytes", () => {
    expect(base64(conversationGenesis())).toBe(vector.document.genesis);
    expect(base64(inboxGenesis())).toBe(vector.inboxGenesis);
  });

  it("[PVC6.1] [PVC6.2] bob's invitation with a known ephemeral key is the vector's text, and opens to the conversation for bob alone", () => {
    const { invitation, conversation } = vector;
    const sealed = sealInvitation(conversation, box("bob").publicKey, hex(invitation.ephemeralSecret));
    expect(sealed).toEqual({ id: invitation.id, text: invitation.text });
    expect(openInvitation(invitation.text, box("bob"))).toEqual(conversation);
    expect(openInvitation(invitation.text, box("alice"))).toBeUndefined();
  });

  it("[PVC3] [PVC4] [PVC5] each member's reading of the vector's lockboxes and envelopes is the vector's", async () => {
    for (const name of ["alice", "bob", "carol", "dave", "mallory"] as const) {
      const r = await readConversation({
        conversation: vector.conversation,
        lockboxes: vector.lockboxes,
        envelopes: vector.envelopes,
        reader: { member: vector.members[name].member, box: box(name) },
        verifier: tweetnaclVerifier(),
      });
      const reading = {
        members: r.members,
        heads: r.keys.heads,
        held: r.keys.epochs.filter((e) => e.held).map((e) => e.epoch),
        refusedKeys: r.refusedKeys.map((x) => x.id),
        lockboxes: r.lockboxes.map((l) => ({ key: l.key, state: l.state })),
        envelopes: r.envelopes.map((e) => ({ key: e.key, state: e.state, ...(e.state === "readable" ? { record: e.record.id } : {}) })),
        refusedRecords: [...r.verdicts.entries()]
          .filter(([, v]) => v.status !== "valid")
          .map(([id, v]) => ({ id, status: v.status }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
        timeline: r.timeline.messages.map((m) => ({ id: m.id, author: m.author, text: m.text, edited: m.edited, deleted: m.deleted, replies: m.replies })),
      };
      expect(reading, name).toEqual(vector.readings[name]);
    }
  });
});
