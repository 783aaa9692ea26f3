import { readFileSync } from "node:fs";
import nacl from "tweetnacl";
import { describe, expect, it } from "vitest";
import { roomOf, type Room } from "../chat/room.js";
import { toBase64url } from "../encoding/base64url.js";
import type { MemberKey } from "../records/ids.js";
import { isParsed, parseRecord } from "../records/record.js";
import { naclSignerFromSeed } from "../verify/nacl-signer.js";
import { tweetnaclVerifier } from "../verify/tweetnacl-verifier.js";
import { hexToBytes as hex, bytesToHex } from "../../test/helpers/hex.js";
import { conversationDocumentId, conversationDocumentUrl } from "./conversation-document.js";
import { readInvitedRoom } from "./read-invited-room.js";

type Name = "alice" | "bob" | "carol" | "dave" | "mallory";
interface Vector {
  readonly members: Record<Name, { seed: string; member: MemberKey; boxSecret: string; box: string }>;
  readonly thread: { id: string; text: string };
  readonly room: Room;
  readonly document: { id: string; url: string };
  readonly lockboxes: readonly { key: string; text: string; note: string }[];
  readonly envelopes: readonly { key: string; text: string; note: string }[];
  readonly readings: Record<Name, unknown>;
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/chat/invited-room.json", import.meta.url), "utf8")) as Vector;
const NAMES = ["alice", "bob", "carol", "dave", "mallory"] as const;

describe("the invited room vector (crdt/vectors/chat/invited-room.json)", () => {
  it("[CH12.1] the members' keys come from their seeds, the room is its thread record's, and its content's document id and URL are the vector's", () => {
    for (const name of NAMES) {
      const member = vector.members[name];
      expect(naclSignerFromSeed(hex(member.seed)).publicKey, name).toBe(member.member);
      expect(toBase64url(nacl.box.keyPair.fromSecretKey(hex(member.boxSecret)).publicKey), name).toBe(member.box);
    }
    const record = parseRecord(vector.thread.text);
    expect(isParsed(record) && record.id).toBe(vector.thread.id);
    expect(isParsed(record) ? roomOf(record) : undefined).toEqual(vector.room);
    expect(bytesToHex(conversationDocumentId(vector.room.id))).toBe(vector.document.id);
    expect(conversationDocumentUrl(vector.room.id)).toBe(vector.document.url);
  });

  it("[CH12.2] [CH12.3] each member's reading of the vector's lockboxes and envelopes is the vector's", async () => {
    for (const name of NAMES) {
      const r = await readInvitedRoom({
        room: vector.room,
        lockboxes: vector.lockboxes,
        envelopes: vector.envelopes,
        reader: { member: vector.members[name].member, box: nacl.box.keyPair.fromSecretKey(hex(vector.members[name].boxSecret)) },
        verifier: tweetnaclVerifier(),
      });
      const reading = {
        members: r.members,
        heads: r.keys.heads,
        held: r.keys.epochs.filter((e) => e.held).map((e) => e.epoch),
        refusedKeys: r.refusedKeys.map((x) => x.id),
        envelopes: r.envelopes.map((e) => ({ key: e.key, state: e.state, ...(e.state === "readable" ? { record: e.record.id } : {}) })),
        timeline: r.timeline.messages.map((m) => ({ id: m.id, author: m.author, text: m.text, edited: m.edited, deleted: m.deleted, replies: m.replies })),
      };
      expect(reading, name).toEqual(vector.readings[name]);
    }
  });
});
