import * as Automerge from "@automerge/automerge";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawClient } from "./helpers/raw-client.js";
import { startTestRelay, type TestRelay } from "./helpers/start-test-relay.js";

/** Documents a member joining a large organisation asks for at once (a 100,000-voter vote spans 843). */
const DOCUMENTS = 900;
/** Valid sync data of a peer that has nothing: what a request carries. */
const emptySyncData = () => Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;

describe("[W3.3] a client asking for many stored documents at once, within its rate limits", () => {
  let test: TestRelay;
  const documentIds: string[] = [];
  beforeAll(async () => {
    // The default message limits (500 a second, bursts of 2,000): 900 requests are within them.
    test = await startTestRelay();
    for (let i = 0; i < DOCUMENTS; i++) documentIds.push(test.relay.repo.create({ chapter: `chapter ${i}` }).documentId);
    await test.relay.repo.flush();
  });
  afterAll(() => test.stop());

  it("is answered for every document and stays connected: the relay stops reading its socket while it catches up", async () => {
    const member = rawClient(test.clientUrl);
    const me = "member-joining";
    await member.join(me);
    let closed: unknown;
    void member.closed.then((why) => (closed = why));
    // Sent back to back, as automerge-repo sends the requests of every document it is asked to find.
    for (const documentId of documentIds) member.send({ type: "request", senderId: me, targetId: test.relay.peerId, documentId, data: emptySyncData() });
    await Promise.race([
      member.receiveCount("sync", DOCUMENTS),
      member.closed.then((why) => {
        throw new Error(`cut off before every answer: ${JSON.stringify(why)}`);
      }),
    ]);
    const answered = new Set(member.received.filter((m) => m.type === "sync").map((m) => m.documentId));
    expect(answered.size).toBe(DOCUMENTS);
    expect(member.received.filter((m) => m.type === "doc-unavailable")).toEqual([]);
    expect(closed).toBeUndefined();
    expect(test.log.entries.filter((e) => e.event === "peer-cut-off")).toEqual([]);
    member.socket.close();
  });
});
