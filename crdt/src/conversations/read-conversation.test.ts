import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messageDeleteDraft, messageEditDraft } from "../chat/chat-records.js";
import { signDraft } from "../kinds/record-draft.js";
import { sealEnvelope } from "../private/envelope.js";
import { openSealed } from "../private/seal-key.js";
import { sealLockbox } from "../private/key-lockbox.js";
import { scopeKeyDraft } from "../private/scope-key-records.js";
import { newScopeKey } from "../private/scope-key.js";
import { tweetnaclVerifier } from "../verify/tweetnacl-verifier.js";
import { ConversationScenario, MEMBERS, type Name } from "../../test/helpers/conversation-scenario.js";
import { conversationDocumentUrl } from "./conversation-document.js";
import { conversationScope, isConversation } from "./conversation-scope.js";
import { readInvitations } from "./invitation.js";
import { readConversation } from "./read-conversation.js";

const verifier = tweetnaclVerifier();
const read = (scenario: ConversationScenario, as: Name) =>
  readConversation({ conversation: scenario.conversation, lockboxes: scenario.lockboxes, envelopes: scenario.envelopes, reader: MEMBERS[as].reader, verifier });
const texts = (reading: Awaited<ReturnType<typeof read>>) => reading.timeline.messages.map((m) => m.text);

/** alice starts a group with bob and carol; each writes; alice removes carol; alice writes again. */
async function group() {
  const scenario = new ConversationScenario("alice");
  await scenario.epoch("1", "alice", ["alice", "bob", "carol"]);
  const hello = await scenario.write("alice", "1", scenario.message("Hola a todos"));
  await scenario.write("carol", "1", scenario.message("Hi, carol here"));
  await scenario.epoch("2", "alice", ["alice", "bob"], ["1"]);
  await scenario.write("bob", "2", scenario.message("Just the two of us now"));
  return { scenario, hello };
}

describe("private conversations", () => {
  it("[PV2.3] [PVC5] a reader whose box secret stays elsewhere (an opener, as a key vault gives) reads the conversation as with the key pair", async () => {
    const { scenario } = await group();
    const asked: number[] = [];
    const { box, member } = MEMBERS.bob.reader;
    const opener = { publicKey: box.publicKey, open: (sealed: Uint8Array) => (asked.push(sealed.length), openSealed(sealed, box)) };
    const withOpener = await readConversation({ conversation: scenario.conversation, lockboxes: scenario.lockboxes, envelopes: scenario.envelopes, reader: { member, box: opener }, verifier });
    expect(texts(withOpener)).toEqual(texts(await read(scenario, "bob")));
    expect(asked.length).toBeGreaterThan(0);
    expect(readInvitations([], opener)).toEqual([]);
  });
  it("[PVC1] a conversation's id binds its creator and salt; another creator or salt makes another id", () => {
    const { conversation } = new ConversationScenario("alice");
    expect(isConversation(conversation)).toBe(true);
    expect(conversationScope(MEMBERS.bob.member, conversation.salt)).not.toBe(conversation.scope);
    expect(isConversation({ ...conversation, creator: MEMBERS.bob.member })).toBe(false);
    expect(conversationDocumentUrl(conversation.scope)).toMatch(/^automerge:[1-9A-HJ-NP-Za-km-z]+$/);
  });

  it("[PVC5] a direct message is read by both members, in order, with its sender", async () => {
    const scenario = new ConversationScenario("alice");
    await scenario.epoch("1", "alice", ["alice", "bob"]);
    await scenario.write("alice", "1", scenario.message("Are you coming on Thursday?"));
    await scenario.write("bob", "1", scenario.message("Yes, with the minutes"));
    for (const member of ["alice", "bob"] as const) {
      const reading = await read(scenario, member);
      expect(texts(reading)).toEqual(["Are you coming on Thursday?", "Yes, with the minutes"]);
      expect(reading.timeline.messages.map((m) => m.author)).toEqual([MEMBERS.alice.member, MEMBERS.bob.member]);
      expect(reading.members).toEqual([MEMBERS.alice.member, MEMBERS.bob.member].sort());
    }
    expect(texts(await read(scenario, "carol"))).toEqual([]);
    expect((await read(scenario, "carol")).envelopes.map((e) => e.state)).toEqual(["unreadable", "unreadable"]);
  });

  it("[PVC4.2] [PV6.3] a removed member cannot read what is written after removal, and the reading says which epochs they could read", async () => {
    const { scenario } = await group();
    expect(texts(await read(scenario, "bob"))).toEqual(["Hola a todos", "Hi, carol here", "Just the two of us now"]);
    const carol = await read(scenario, "carol");
    expect(texts(carol)).toEqual(["Hola a todos", "Hi, carol here"]);
    expect(carol.envelopes.filter((e) => e.state === "unreadable")).toHaveLength(1);
    const alice = await read(scenario, "alice");
    const couldRead = alice.keys.epochs.filter((epoch) => epoch.members.includes(MEMBERS.carol.member)).map((epoch) => epoch.epoch);
    expect(couldRead).toEqual([scenario.epochs.get("1")!.scopeKey.epoch]);
    expect(alice.members).toEqual([MEMBERS.alice.member, MEMBERS.bob.member].sort());
  });

  it("[PVC4.1] a member added later gets every epoch's key re-sealed, and reads the whole conversation", async () => {
    const { scenario } = await group();
    await scenario.epoch("1", "bob", ["dave"], ["1"]);
    await scenario.epoch("2", "bob", ["dave"], ["2"]);
    await scenario.write("dave", "2", scenario.message("Thanks for adding me"));
    const dave = await read(scenario, "dave");
    expect(texts(dave)).toEqual(["Hola a todos", "Hi, carol here", "Just the two of us now", "Thanks for adding me"]);
    expect(dave.refusedKeys).toEqual([]);
    expect((await read(scenario, "alice")).members).toEqual([MEMBERS.alice.member, MEMBERS.bob.member, MEMBERS.dave.member].sort());
  });

  it("[PVC3.1] [PVC3.2] a key record the relay or a stranger writes counts for no one: a new first epoch not by the creator, or one citing an epoch its signer was not sealed to", async () => {
    const { scenario } = await group();
    // mallory knows the document (a relay does): she writes a first epoch sealed to herself and the members
    await scenario.epoch("rogue", "mallory", ["alice", "bob", "mallory"]);
    await scenario.write("mallory", "rogue", scenario.message("Send the treasury password"));
    // …and a later epoch citing epoch 2, which was never sealed to her
    await scenario.epoch("rogue-2", "mallory", ["alice", "bob", "mallory"], ["2"]);
    await scenario.write("mallory", "rogue-2", scenario.message("Really, send it"));
    const alice = await read(scenario, "alice");
    expect(texts(alice)).toEqual(["Hola a todos", "Hi, carol here", "Just the two of us now"]);
    expect(alice.refusedKeys.map((r) => r.detail)).toEqual(["[PVC3] its signer may not start or widen this epoch", "[PVC3] its signer may not start or widen this epoch"]);
    expect(alice.envelopes.filter((e) => e.state === "unreadable")).toHaveLength(2);
    expect(alice.members).not.toContain(MEMBERS.mallory.member);
  });

  it("[PVC5.2] a message from someone the epoch was not sealed to is invalid, never theirs, even sealed under a key they obtained", async () => {
    const { scenario } = await group();
    // carol, removed, still holds epoch 1's key and writes into it after her removal: she was a member of epoch 1, so it reads;
    // dave never was, and a message signed by him under epoch 2's key (which someone leaked) is invalid.
    await scenario.write("dave", "2", scenario.message("I am not supposed to be here"));
    const bob = await read(scenario, "bob");
    const invalid = bob.envelopes.filter((e) => e.state === "invalid");
    expect(invalid).toEqual([expect.objectContaining({ state: "invalid", detail: "[PVC5.2] its sender was not a member when it was written" })]);
    expect(bob.timeline.messages.map((m) => m.author)).not.toContain(MEMBERS.dave.member);
  });

  it("[PV5.6] a forged message (bob's key named as signer, another's signature) is shown as invalid, never as bob's", async () => {
    const { scenario } = await group();
    const genuine = await signDraft(MEMBERS.bob.signer, scenario.message("I agree"), 1);
    const forged = JSON.parse(genuine.text) as { body: { text: string } };
    forged.body.text = "I resign";
    const { parseRecord, isParsed } = await import("../records/record.js");
    const { canonicalize } = await import("../records/canonical.js");
    const record = parseRecord(canonicalize(forged));
    if (!isParsed(record)) throw new Error("forged record does not parse");
    const sealed = sealEnvelope(record, scenario.conversation.scope, scenario.epochs.get("2")!.scopeKey, scenario.random(24));
    scenario.envelopes.push({ key: sealed.id, text: sealed.text });
    const alice = await read(scenario, "alice");
    expect(alice.envelopes.find((e) => e.key === sealed.id)).toMatchObject({ state: "invalid", detail: "its signature is not its signer's" });
    expect(texts(alice)).not.toContain("I resign");
  });

  it("[PV5.7] a replayed message (the same sealed record from another conversation) is refused", async () => {
    const { scenario } = await group();
    const other = new ConversationScenario("bob");
    await other.epoch("1", "bob", ["alice", "bob"]);
    await other.write("bob", "1", other.message("Meant for the other conversation"));
    scenario.envelopes.push(...other.envelopes);
    const alice = await read(scenario, "alice");
    expect(alice.envelopes.find((e) => e.key === other.envelopes[0]!.key)).toMatchObject({ state: "replayed" });
  });

  it("[CH5] [PVC5.1] the sender edits and deletes their own message (shown as edited and deleted); another member's edit is invalid", async () => {
    const { scenario, hello } = await group();
    const scope = scenario.conversation.scope;
    await scenario.write("alice", "2", messageEditDraft({ scope, target: hello.id, text: "Hola a todos, ¿qué tal?" }));
    const byBob = await scenario.write("bob", "2", messageEditDraft({ scope, target: hello.id, text: "Alice is wrong" }));
    const reply = await scenario.write("bob", "2", scenario.message("Bien", { root: hello.id, quote: hello.id }));
    const bob = await read(scenario, "bob");
    const first = bob.timeline.messages[0]!;
    expect(first).toMatchObject({ text: "Hola a todos, ¿qué tal?", edited: true, deleted: false, replies: 1 });
    expect(bob.verdicts.get(byBob.id)).toMatchObject({ status: "ineligible-signer" });
    expect(bob.timeline.threads.get(hello.id)?.map((m) => m.id)).toEqual([reply.id]);
    await scenario.write("alice", "2", messageDeleteDraft({ scope, target: hello.id }));
    expect((await read(scenario, "bob")).timeline.messages[0]).toMatchObject({ deleted: true });
  });

  it("[PVC5.1] a record of a kind a conversation does not hold is invalid", async () => {
    const { scenario } = await group();
    const scopeKey = newScopeKey((n) => scenario.random(n));
    const keyRecord = await signDraft(MEMBERS.alice.signer, scopeKeyDraft({ scope: scenario.conversation.scope, scopeKey, recipients: [{ member: MEMBERS.alice.member, box: MEMBERS.alice.boxKey }] }, (n) => scenario.random(n)), 5);
    const sealed = sealEnvelope(keyRecord, scenario.conversation.scope, scenario.epochs.get("2")!.scopeKey, scenario.random(24));
    scenario.envelopes.push({ key: sealed.id, text: sealed.text });
    expect((await read(scenario, "alice")).envelopes.find((e) => e.key === sealed.id)).toMatchObject({ state: "invalid", detail: "a scope-key record is not held in a conversation" });
    expect(() => sealLockbox(keyRecord, scenario.conversation.scope, scenario.epochs.get("2")!.scopeKey, scenario.random(24))).toThrow(TypeError);
  });
});

describe("reading a conversation in any order", () => {
  it("[PVC5] [PV6] lockboxes and envelopes arriving in any order, with repeats, across concurrent epochs, read the same", async () => {
    const { scenario } = await group();
    // bob, concurrently with alice's removal of carol, adds dave to epoch 1
    await scenario.epoch("1", "bob", ["dave"], ["1"]);
    await scenario.write("dave", "1", scenario.message("dave, in epoch 1"));
    const plain = async (lockboxes = scenario.lockboxes, envelopes = scenario.envelopes) => {
      const reading = await readConversation({ conversation: scenario.conversation, lockboxes, envelopes, reader: MEMBERS.bob.reader, verifier });
      return { members: reading.members, heads: reading.keys.heads, envelopes: reading.envelopes.map((e) => [e.key, e.state]), texts: texts(reading) };
    };
    const everything = await plain();
    expect(everything.texts).toHaveLength(4);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...scenario.lockboxes, ...scenario.lockboxes], { minLength: 2 * scenario.lockboxes.length }),
        fc.shuffledSubarray([...scenario.envelopes, ...scenario.envelopes], { minLength: 2 * scenario.envelopes.length }),
        async (lockboxes, envelopes) => {
          expect(await plain(lockboxes, envelopes)).toEqual(everything);
        },
      ),
      { numRuns: 4 },
    );
  });
});
