import { describe, expect, it } from "vitest";
import { verifyRecordTexts } from "../chokepoint/verify-record-texts.js";
import { canonicalize } from "../records/canonical.js";
import { simulateVote } from "../simulation/index.js";
import { createVerifier } from "../verify/create-verifier.js";
import type { Verifier } from "../verify/verifier.js";
import { judgeVote, verifyVote } from "./verify-vote.js";
import { VOTE_BUNDLE_DOCUMENT_TYPES, type VoteBundleDocument } from "./vote-bundle.js";

/** A verifier counting the checks it is handed. */
async function counting(): Promise<{ verifier: Verifier; checks: () => number }> {
  const inner = await createVerifier();
  let checks = 0;
  return { verifier: { backend: inner.backend, verifyBatch: (batch) => ((checks += batch.length), inner.verifyBatch(batch)) }, checks: () => checks };
}

const textsOf = (documents: readonly VoteBundleDocument[]): number => documents.reduce((n, d) => n + Object.values(d.records).reduce((m, records) => m + Object.keys(records).length, 0), 0);

describe("judging a vote with documents the caller already checked (`checked`)", () => {
  it("[V9] [S8] a document whose chokepoint verdicts the caller holds is not checked again, and the report is byte for byte the same", async () => {
    const { bundle } = await simulateVote({ voters: 24, rule: "schulze", chapters: 2, seed: "checked" }, globalThis.crypto.subtle);
    const boxes = bundle.documents.filter((document) => document.type === "ballot-box");
    const others = bundle.documents.filter((document) => document.type !== "ballot-box");
    const held = new Map(
      await Promise.all(boxes.map(async (box) => [box, await verifyRecordTexts(VOTE_BUNDLE_DOCUMENT_TYPES.get(box.type)!, box.records, await createVerifier())] as const)),
    );
    const { verifier, checks } = await counting();

    const judged = await judgeVote(bundle, verifier, { checked: (document) => (held.has(document) ? Promise.resolve(held.get(document)!) : undefined) });

    expect(boxes.length).toBeGreaterThan(1);
    expect(checks()).toBe(textsOf(others));
    expect(canonicalize(judged.report)).toBe(canonicalize(await verifyVote(bundle, await createVerifier())));
  });

  it("[D3.6] the caller's verdicts are the ones used: a box it says holds no valid record adds no ballot", async () => {
    const { bundle } = await simulateVote({ voters: 12, rule: "approval", chapters: 2, seed: "checked-empty" }, globalThis.crypto.subtle);
    const box = bundle.documents.find((document) => document.type === "ballot-box")!;
    const none = { maps: Object.fromEntries(Object.keys(VOTE_BUNDLE_DOCUMENT_TYPES.get(box.type)!.maps).map((map) => [map, []])), rejections: [] };

    const whole = await verifyVote(bundle, await createVerifier());
    const without = await judgeVote(bundle, await createVerifier(), { checked: (document) => (document === box ? Promise.resolve(none) : undefined) });

    expect(without.report.ballots.held).toBeLessThan(whole.ballots.held);
  });
});
