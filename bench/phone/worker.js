// A worker of the phone-class page: fetches one pack of checks and verifies it with the backend
// `createVerifier` picks here (tweetnacl: no crypto.subtle on an insecure origin).
import { createVerifier, verifyPacked } from "@chapterhouse/crdt/verify";

const verifier = createVerifier();
globalThis.onmessage = async (event) => {
  const { part } = event.data;
  const packed = new Uint8Array(await (await fetch(`/part-${part}.bin`)).arrayBuffer());
  const v = await verifier;
  const verdicts = await verifyPacked(v, packed);
  globalThis.postMessage({ backend: v.backend, checks: verdicts.length, valid: verdicts.reduce((sum, x) => sum + x, 0) });
};
