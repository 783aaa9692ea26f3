import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalize, recordIdOf, type CanonicalValue } from "@chapterhouse/crdt/records";
import { decodeVoteBundle, verifyVote, voteReportToCanonical } from "@chapterhouse/crdt/report";
import { webCryptoVerifier } from "@chapterhouse/crdt/verify";
import { nodeRecordIdOf } from "./node-record-id.js";

const vote = (name: string): string => readFileSync(new URL(`../vectors/votes/${name}`, import.meta.url), "utf8");

describe("nodeRecordIdOf", () => {
  it("[R3] gives the pure recordIdOf's id for every text: the vectors' records, empty, non-ASCII and astral text", () => {
    const texts = ["", "a", "é", "日本語", "😀 emoji", "x".repeat(300_000)];
    for (const name of ["simulated-schulze.json", "tampered-approval.json"]) {
      const { bundle } = JSON.parse(vote(name)) as { bundle: { documents: { records: Record<string, Record<string, string>> }[] } };
      for (const document of bundle.documents) for (const map of Object.values(document.records)) texts.push(...Object.keys(map), ...Object.values(map));
    }
    for (const text of texts) expect(nodeRecordIdOf(text)).toBe(recordIdOf(text));
  });

  it("[R3] agrees with the pure recordIdOf on any well-formed text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => nodeRecordIdOf(text) === recordIdOf(text)),
      { numRuns: 200 },
    );
  });

  it("[R3] [V9.4] a vote verified with it gives the vector's report byte for byte, tampered or not", async () => {
    const verifier = webCryptoVerifier(globalThis.crypto.subtle);
    for (const name of ["simulated-schulze.json", "tampered-approval.json"]) {
      const vector = JSON.parse(vote(name)) as { bundle: CanonicalValue; report: CanonicalValue };
      const bundle = decodeVoteBundle(canonicalize(vector.bundle));
      expect(voteReportToCanonical(await verifyVote(bundle, verifier, { recordIdOf: nodeRecordIdOf }))).toBe(canonicalize(vector.report));
    }
  });
});
