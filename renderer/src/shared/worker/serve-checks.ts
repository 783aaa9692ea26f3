/**
 * A signature-check worker's loop (PROTOCOL.md S10): it says which backend it runs once that
 * backend is chosen (S7: WebCrypto in a secure context, else tweetnacl), then answers each pack
 * of checks with one byte per check. The packs come from the verification worker's pool
 * (`startCheckPool`); the fold and the tally never run here.
 */
import { verifyPacked, type Verifier } from "@chapterhouse/crdt/verify";
import { isCheckRequest, type CheckAnswer } from "./check-messages.js";

/** What a check worker uses of its global scope (tests pass a `MessagePort`). */
export interface CheckScope {
  postMessage(message: CheckAnswer, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/**
 * Answers the check requests arriving at `scope` with `verifier`; a message that is not a check
 * request is dropped and reported to `warn`. Never throws: a pack that cannot be checked is
 * answered `failed`.
 */
export async function serveChecks(scope: CheckScope, verifier: Promise<Verifier>, warn: (text: string) => void): Promise<void> {
  const backend = await verifier;
  scope.addEventListener("message", (event: MessageEvent) => {
    const request: unknown = event.data;
    if (!isCheckRequest(request)) return warn("a check worker dropped a malformed message");
    verifyPacked(backend, request.packed).then(
      (verdicts) => scope.postMessage({ type: "verdicts", id: request.id, verdicts }, [verdicts.buffer]),
      (error: unknown) => scope.postMessage({ type: "failed", id: request.id, error: String(error) }),
    );
  });
  scope.postMessage({ type: "ready", backend: backend.backend });
}
