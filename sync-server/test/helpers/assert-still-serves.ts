import { expect } from "vitest";
import { connectPeer } from "./connect-peer.js";
import type { TestRelay } from "./start-test-relay.js";
import { waitForRelayHeads } from "./wait-for-relay-heads.js";

/**
 * Proves the relay still serves honest peers: a fresh alice and bob (named with `tag`) sync
 * a new document through it.
 */
export async function assertStillServes(test: TestRelay, tag: string): Promise<void> {
  const alice = await connectPeer(`alice-${tag}`, test.clientUrl);
  const bob = await connectPeer(`bob-${tag}`, test.clientUrl);
  try {
    const handle = alice.repo.create({ note: `still serving after ${tag}` });
    await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());
    const found = await bob.repo.find<{ note: string }>(handle.url);
    expect(found.doc().note).toBe(`still serving after ${tag}`);
  } finally {
    await alice.close();
    await bob.close();
  }
}
