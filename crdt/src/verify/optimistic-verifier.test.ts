import { describe, expect, it } from "vitest";
import type { SignatureCheck, Verifier } from "./verifier.js";
import { optimisticVerifier } from "./optimistic-verifier.js";

/** A parallel verifier whose batches wait until the test releases them; a check is valid when its first message byte is 1. */
function heldVerifier() {
  const waiting: (() => void)[] = [];
  const handed: number[] = [];
  const verifier: Verifier = {
    backend: "held",
    parallel: true,
    verifyBatch(checks) {
      handed.push(checks.length);
      return new Promise((resolve) => waiting.push(() => resolve(checks.map((check) => check.message[0] === 1))));
    },
  };
  return { verifier, handed, release: () => waiting.splice(0).forEach((go) => go()) };
}

const check = (valid: boolean): SignatureCheck => ({ publicKey: new Uint8Array(32), message: Uint8Array.of(valid ? 1 : 0), signature: new Uint8Array(64) });
const settledSoon = async <T>(promise: Promise<T>): Promise<T | "pending"> => Promise.race([promise, new Promise<"pending">((resolve) => setTimeout(() => resolve("pending"), 20))]);

describe("optimistic verifier", () => {
  it("[S10] a batch is handed over at once and answered all valid before the workers answer, within the bound", async () => {
    const inner = heldVerifier();
    const { verifier } = optimisticVerifier(inner.verifier, 4);
    expect(await verifier.verifyBatch([check(true), check(false)])).toEqual([true, true]);
    expect(inner.handed).toEqual([2]);
  });

  it("[S10] past `ahead` checks waiting, a batch is answered only once older ones are checked", async () => {
    const inner = heldVerifier();
    const { verifier } = optimisticVerifier(inner.verifier, 3);
    await verifier.verifyBatch([check(true), check(true)]);
    const second = verifier.verifyBatch([check(true), check(true)]);
    expect(inner.handed).toEqual([2, 2]); // handed over at once all the same
    expect(await settledSoon(second)).toBe("pending");
    inner.release();
    expect(await second).toEqual([true, true]);
  });

  it("[S10] confirmed is true only when every verdict of every batch is", async () => {
    const good = heldVerifier();
    const allGood = optimisticVerifier(good.verifier, 100);
    await allGood.verifier.verifyBatch([check(true)]);
    await allGood.verifier.verifyBatch([check(true), check(true)]);
    good.release();
    expect(await allGood.confirmed()).toBe(true);

    const bad = heldVerifier();
    const oneBad = optimisticVerifier(bad.verifier, 100);
    await oneBad.verifier.verifyBatch([check(true)]);
    await oneBad.verifier.verifyBatch([check(true), check(false)]);
    bad.release();
    expect(await oneBad.confirmed()).toBe(false);
  });

  it("[S10] replay answers the same batches with their true verdicts without checking them again; another batch is checked", async () => {
    const inner = heldVerifier();
    const optimistic = optimisticVerifier(inner.verifier, 100);
    await optimistic.verifier.verifyBatch([check(true), check(false)]);
    await optimistic.verifier.verifyBatch([check(false)]);
    inner.release();
    const replay = optimistic.replay();
    expect(await replay.verifyBatch([check(true), check(false)])).toEqual([true, false]);
    expect(await replay.verifyBatch([check(false)])).toEqual([false]);
    expect(inner.handed).toEqual([2, 1]);
    const third = replay.verifyBatch([check(true), check(true), check(false)]);
    inner.release();
    expect(await third).toEqual([true, true, false]);
    expect(inner.handed).toEqual([2, 1, 3]);
  });

  it("[S10] a backend failure rejects confirmed", async () => {
    const failing: Verifier = { backend: "broken", parallel: true, verifyBatch: () => Promise.reject(new Error("worker crashed")) };
    const optimistic = optimisticVerifier(failing, 10);
    expect(await optimistic.verifier.verifyBatch([check(true)])).toEqual([true]);
    await expect(optimistic.confirmed()).rejects.toThrow("worker crashed");
  });

  it("[S10] a verifier that is not parallel, or a bound that is not a positive integer, is refused", () => {
    const serial: Verifier = { backend: "serial", verifyBatch: (checks) => Promise.resolve(checks.map(() => true)) };
    expect(() => optimisticVerifier(serial, 10)).toThrow(TypeError);
    expect(() => optimisticVerifier(heldVerifier().verifier, 0)).toThrow(TypeError);
    expect(() => optimisticVerifier(heldVerifier().verifier, 1.5)).toThrow(TypeError);
  });
});
