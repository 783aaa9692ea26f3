import * as Automerge from "@automerge/automerge";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import type { Closed, RawClient } from "./raw-client.js";

/** A cold-sync message carrying a saved document whose one value is `size` bytes of zeros (it deflates ~1000:1). */
export function bombSyncData(size: number): Uint8Array {
  const doc = Automerge.from({ value: new Uint8Array(size) });
  return Automerge.encodeSyncMessage({ heads: Automerge.getHeads(doc), need: [], have: [], changes: [Automerge.save(doc)] });
}

/**
 * Sends `data` as a sync message for a fresh document, then a request: resolves with the close
 * if the relay cut `client` off, or with the answer to the request if it took the bomb.
 */
export function throwBomb(client: RawClient, name: string, relayId: string, data: Uint8Array): Promise<Closed | { type: "doc-unavailable" }> {
  const fresh = () => parseAutomergeUrl(generateAutomergeUrl()).documentId;
  const ask = Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;
  const answered = client.received.filter((m) => m.type === "doc-unavailable").length;
  client.send({ type: "sync", senderId: name, targetId: relayId, documentId: fresh(), data });
  client.send({ type: "request", senderId: name, targetId: relayId, documentId: fresh(), data: ask });
  const answer = client.receiveCount("doc-unavailable", answered + 1).then(() => ({ type: "doc-unavailable" as const }));
  return Promise.race([client.closed, answer]);
}
