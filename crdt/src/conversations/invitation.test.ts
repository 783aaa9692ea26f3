import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { fromBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { hashText } from "../encoding/hash.js";
import { utf8 } from "../encoding/utf8.js";
import { sealTo } from "../private/seal-key.js";
import { ConversationScenario, MEMBERS } from "../../test/helpers/conversation-scenario.js";
import { INBOX_GENESIS_ACTOR, inboxDocumentId, inboxDocumentUrl, inboxGenesis } from "./inbox-document.js";
import { MAX_INVITATION_LENGTH, openInvitation, readInvitations, sealInvitation } from "./invitation.js";

const scenario = new ConversationScenario("alice");
const { conversation } = scenario;
const bobBox = fromBase64urlOfLength(MEMBERS.bob.boxKey, 32);
const stored = (sealed: { id: string; text: string }) => ({ key: sealed.id, text: sealed.text });

describe("invitations and the inbox", () => {
  it("[PVC6.1] [PVC6.2] an invitation sealed to bob opens for bob alone, to the conversation's id, creator and salt, and names none of them in clear", () => {
    const invitation = sealInvitation(conversation, bobBox, scenario.random(32));
    expect(openInvitation(invitation.text, MEMBERS.bob.box)).toEqual(conversation);
    expect(openInvitation(invitation.text, MEMBERS.carol.box)).toBeUndefined();
    for (const clear of [conversation.scope, conversation.creator, conversation.salt]) expect(invitation.text).not.toContain(clear);
    expect(invitation.id).toBe(hashText(invitation.text));
  });

  it("[PVC6.2] an invitation whose id is not its creator's and salt's, or that is not exactly { creator, salt, scope }, or too long, opens to nothing", () => {
    const forge = (value: object) => toBase64url(sealTo(utf8(JSON.stringify(value)), bobBox, scenario.random(32)));
    expect(openInvitation(forge({ creator: MEMBERS.mallory.member, salt: conversation.salt, scope: conversation.scope }), MEMBERS.bob.box)).toBeUndefined();
    expect(openInvitation(forge({ ...conversation, extra: 1 }), MEMBERS.bob.box)).toBeUndefined();
    expect(openInvitation(forge({ scope: conversation.scope, salt: conversation.salt, creator: conversation.creator }), MEMBERS.bob.box)).toBeUndefined(); // not canonical order
    expect(openInvitation("A".repeat(MAX_INVITATION_LENGTH + 1), MEMBERS.bob.box)).toBeUndefined();
    expect(openInvitation("not base64url!", MEMBERS.bob.box)).toBeUndefined();
    expect(() => sealInvitation({ ...conversation, creator: MEMBERS.bob.member }, bobBox, scenario.random(32))).toThrow(/creator and salt/);
  });

  it("[PVC6.3] bob's inbox gives each conversation once, sorted, ignoring entries under a wrong key and junk", () => {
    const other = new ConversationScenario("carol").conversation;
    const entries = [
      stored(sealInvitation(conversation, bobBox, scenario.random(32))),
      stored(sealInvitation(conversation, bobBox, scenario.random(32))),
      stored(sealInvitation(other, bobBox, scenario.random(32))),
      { key: "wrong", text: sealInvitation(other, bobBox, scenario.random(32)).text },
      { key: hashText("junk"), text: "junk" },
    ];
    const found = readInvitations(entries, MEMBERS.bob.box);
    expect(found.map((c) => c.scope)).toEqual([conversation.scope, other.scope].sort());
    expect(readInvitations(entries, MEMBERS.dave.box)).toEqual([]);
  });

  it("[PVC6.3] the inbox is found from the box key alone and starts from one genesis everywhere", () => {
    expect(inboxDocumentId(MEMBERS.bob.boxKey)).toHaveLength(16);
    expect(inboxDocumentUrl(MEMBERS.bob.boxKey)).not.toBe(inboxDocumentUrl(MEMBERS.alice.boxKey));
    expect(inboxGenesis()).toEqual(inboxGenesis());
    const doc = A.load(inboxGenesis());
    expect(A.toJS(doc)).toEqual({ schema: 1, invitations: {}, unsigned: {} });
    expect(A.decodeChange(A.getAllChanges(doc)[0]!)).toMatchObject({ actor: INBOX_GENESIS_ACTOR, seq: 1, time: 0, message: "create inbox", deps: [] });
  });
});
