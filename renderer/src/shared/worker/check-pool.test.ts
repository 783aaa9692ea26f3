import { readVote, verifyVote, voteReportToCanonical } from "@chapterhouse/crdt/report";
import { simulateVote } from "@chapterhouse/crdt/simulation";
import { createVerifier, type SignatureCheck, type Verifier } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { startCheckPool, type CheckPort } from "./check-pool.js";
import { serveChecks, type CheckScope } from "./serve-checks.js";

/** How a fake check worker behaves. */
interface Behaviour {
  /** Says it listens (default true). */
  readonly ready?: boolean;
  /** Fails (an `error` event) at its first pack instead of answering it. */
  readonly failOnCheck?: boolean;
}

/** Check workers in this process: `MessageChannel`s whose far end runs `serveChecks`, counting the checks they answer. */
function checkWorkers(verifier: Promise<Verifier>, behaviour: Behaviour = {}) {
  const counts = { started: 0, packs: 0, terminated: 0 };
  const start = (): CheckPort => {
    counts.started++;
    const { port1, port2 } = new MessageChannel();
    const errors: ((event: Event) => void)[] = [];
    const scope: CheckScope = {
      postMessage: (message, transfer) => {
        if (message.type === "ready" && behaviour.ready === false) return;
        port2.postMessage(message, transfer ?? []);
      },
      addEventListener: (type, listener) =>
        port2.addEventListener(type, (event) => {
          if (behaviour.failOnCheck === true) return errors.forEach((fail) => fail(new Event("error")));
          counts.packs++;
          listener(event);
        }),
    };
    port1.start();
    port2.start();
    void serveChecks(scope, verifier, () => undefined);
    return {
      postMessage: (message, transfer) => port1.postMessage(message, transfer),
      addEventListener: (type, listener) => (type === "error" ? errors.push(listener) : port1.addEventListener(type, listener as (event: MessageEvent) => void)),
      terminate: () => {
        counts.terminated++;
        port1.close();
      },
    };
  };
  return { start, counts };
}

/** Valid checks of a simulated vote's records, one with a changed signature and one malformed. */
async function mixedChecks(): Promise<SignatureCheck[]> {
  const signer = await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey("raw", signer.publicKey));
  const checks: SignatureCheck[] = [];
  for (let i = 0; i < 40; i++) {
    const message = new TextEncoder().encode(`message ${i}`);
    const signature = new Uint8Array(await crypto.subtle.sign("Ed25519", signer.privateKey, message));
    checks.push({ publicKey, message, signature });
  }
  const changed = Uint8Array.from(checks[7]!.signature);
  changed[3]! ^= 1;
  checks[7] = { ...checks[7]!, signature: changed };
  checks[11] = { ...checks[11]!, publicKey: publicKey.subarray(0, 31) };
  return checks;
}

const quiet = () => undefined;

describe("signature checks on several workers", () => {
  it("[S10] [V9] a vote read through a pool of check workers gives the reading whose report is byte for byte the CLI's (verifyVote, one verifier)", async () => {
    const vote = await simulateVote({ voters: 60, rule: "schulze", chapters: 3, seed: "pool" }, globalThis.crypto.subtle);
    const { start, counts } = checkWorkers(createVerifier());
    const pool = await startCheckPool({ start, size: 3, local: createVerifier(), warn: quiet });
    const reading = await readVote({ proposal: vote.bundle.vote.proposal, open: null, member: null, documents: vote.bundle.documents }, pool);
    const cli = await verifyVote(vote.bundle, await createVerifier());
    expect(counts.started).toBe(3);
    expect(counts.packs).toBeGreaterThan(0);
    expect(cli.verified).toBe(true);
    expect(voteReportToCanonical(reading.report!)).toBe(voteReportToCanonical(cli));
  });

  it("[S10] [S1] the pool's verdicts are the backend's, a changed signature and a malformed check included", async () => {
    const checks = await mixedChecks();
    const { start } = checkWorkers(createVerifier());
    const pool = await startCheckPool({ start, size: 2, local: createVerifier(), warn: quiet });
    const verdicts = await pool.verifyBatch(checks);
    expect(verdicts).toEqual(await (await createVerifier()).verifyBatch(checks));
    expect(verdicts.filter((valid) => !valid)).toHaveLength(2);
    expect(pool.parallel).toBe(true);
  });

  it("[S10] where the device reports one core, no check worker starts and the local verifier checks", async () => {
    const local = await createVerifier();
    const { start, counts } = checkWorkers(createVerifier());
    expect(await startCheckPool({ start, size: 1, local: Promise.resolve(local), warn: quiet })).toBe(local);
    expect(counts.started).toBe(0);
  });

  it("[S7] where check workers cannot start (no Worker, a refused script, one that never says it listens), the local verifier checks, and the reason is told", async () => {
    const local = await createVerifier();
    const warnings: string[] = [];
    const refused = () => {
      throw new ReferenceError("Worker is not defined");
    };
    expect(await startCheckPool({ start: refused, size: 4, local: Promise.resolve(local), warn: (text) => warnings.push(text) })).toBe(local);
    const silent = checkWorkers(createVerifier(), { ready: false });
    expect(await startCheckPool({ start: silent.start, size: 2, local: Promise.resolve(local), readyWithinMs: 50, warn: (text) => warnings.push(text) })).toBe(local);
    expect(silent.counts.terminated).toBe(2);
    expect(warnings).toEqual([expect.stringContaining("Worker is not defined"), expect.stringContaining("said nothing")]);
  });

  it("[S7] check workers running another backend than the local one are not used", async () => {
    const local = await createVerifier();
    const other: Verifier = { backend: "other", verifyBatch: (checks) => Promise.resolve(checks.map(() => true)) };
    const { start, counts } = checkWorkers(Promise.resolve(other));
    const warnings: string[] = [];
    expect(await startCheckPool({ start, size: 2, local: Promise.resolve(local), warn: (text) => warnings.push(text) })).toBe(local);
    expect(counts.terminated).toBe(2);
    expect(warnings).toEqual([expect.stringContaining("runs other")]);
  });

  it("[S7] a check worker that fails while checking hands its batch, and every later one, to the local verifier: the verdicts are the same", async () => {
    const checks = await mixedChecks();
    const { start, counts } = checkWorkers(createVerifier(), { failOnCheck: true });
    const warnings: string[] = [];
    const pool = await startCheckPool({ start, size: 2, local: createVerifier(), warn: (text) => warnings.push(text) });
    const expected = await (await createVerifier()).verifyBatch(checks);
    expect(await pool.verifyBatch(checks)).toEqual(expected);
    expect(await pool.verifyBatch(checks)).toEqual(expected);
    expect(counts.packs).toBe(0);
    expect(counts.terminated).toBe(2);
    expect(warnings).toHaveLength(1);
  });
});
