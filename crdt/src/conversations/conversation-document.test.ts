import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { toBase58check } from "../encoding/base58check.js";
import { MEMBERS } from "../../test/helpers/conversation-scenario.js";
import { CONVERSATION_GENESIS_ACTOR, conversationDocumentId, conversationDocumentUrl, conversationGenesis } from "./conversation-document.js";
import { conversationScope } from "./conversation-scope.js";

const salt = "A".repeat(43);

describe("the Conversation document", () => {
  it("[PVC2.1] its id is derived from the conversation's id alone, 16 bytes, and its URL is their Base58Check", () => {
    const scope = conversationScope(MEMBERS.alice.member, salt);
    const id = conversationDocumentId(scope);
    expect(id).toHaveLength(16);
    expect(conversationDocumentUrl(scope)).toBe(`automerge:${toBase58check(id)}`);
    expect(conversationDocumentId(conversationScope(MEMBERS.bob.member, salt))).not.toEqual(id);
    expect(() => conversationDocumentId("short" as typeof scope)).toThrow(TypeError);
  });

  it("[PVC2.2] every Conversation document starts from the same genesis bytes: one change by the fixed actor, with empty keys and messages maps", () => {
    const genesis = conversationGenesis();
    expect(conversationGenesis()).toEqual(genesis);
    const doc = A.load<{ schema: number; keys: object; messages: object; unsigned: object }>(genesis);
    expect(A.toJS(doc)).toEqual({ schema: 1, keys: {}, messages: {}, unsigned: {} });
    const [change] = A.getAllChanges(doc).map((bytes) => A.decodeChange(bytes));
    expect(change).toMatchObject({ actor: CONVERSATION_GENESIS_ACTOR, seq: 1, startOp: 1, time: 0, message: "create conversation", deps: [] });
  });
});
