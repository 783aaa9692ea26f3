import { sha256 } from "@noble/hashes/sha2.js";
import { describe, expect, it } from "vitest";
import type { MemberKey } from "../records/ids.js";
import { foldMembership } from "../membership/fold-membership.js";
import { CHAPTER_KINDS, isMembershipKind, ORGANISATION_KINDS } from "../membership/kinds.js";
import { isParsed, parseRecord } from "../records/record.js";
import { verifier } from "../report/test-helpers/vote-scenario.js";
import { verifyVote } from "../report/verify-vote.js";
import { encodeVoteBundle } from "../report/vote-bundle.js";
import { RULE_TYPES } from "../tally/tally.js";
import { utf8 } from "../encoding/utf8.js";
import { webCryptoSignerFromSeed } from "../verify/webcrypto-signer.js";
import { base58 } from "./base58.js";
import { SeededRandom } from "./seeded-random.js";
import { simulateVote } from "./simulate-vote.js";

const subtle = globalThis.crypto.subtle;

/** The public key V11.2 derives for `label` under `seed`. */
async function simulatedKey(seed: string, label: string): Promise<MemberKey> {
  return (await webCryptoSignerFromSeed(sha256(utf8(`chapterhouse-simulate-key\n${seed}\n${label}`)), subtle)).publicKey;
}

describe("simulated votes", () => {
  it("[V11.2] the same seed gives byte-identical bundles; another seed another one", async () => {
    const a = encodeVoteBundle((await simulateVote({ voters: 20, rule: "approval", chapters: 3, seed: "s" }, subtle)).bundle);
    const b = encodeVoteBundle((await simulateVote({ voters: 20, rule: "approval", chapters: 3, seed: "s" }, subtle)).bundle);
    const c = encodeVoteBundle((await simulateVote({ voters: 20, rule: "approval", chapters: 3, seed: "t" }, subtle)).bundle);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("[V11.2] a simulated vote under each of the nine rules verifies, its sealed result matching", async () => {
    for (const rule of RULE_TYPES) {
      const { bundle, summary } = await simulateVote({ voters: 25, rule, chapters: 2, seed: rule }, subtle);
      const report = await verifyVote(bundle, verifier);
      expect(report.problems, rule).toEqual([]);
      expect(report.matches).toBe(true);
      expect(report.sealed).toEqual(JSON.parse(JSON.stringify(summary.result)));
      expect(report.electorate?.members).toBe(26);
      expect(report.proposal.stage).toBe("recorded");
    }
  });

  it("[V11.2] [M2] with every membership kind, the history is valid, the vote verifies and the fold is as expected", async () => {
    const seed = "kinds";
    const { bundle, summary } = await simulateVote({ voters: 12, rule: "schulze", chapters: 2, seed, allMembershipKinds: true }, subtle);
    const report = await verifyVote(bundle, verifier);
    expect(report.problems).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.records.filter((line) => isMembershipKind(line.kind ?? "")).every((line) => line.status === "valid")).toBe(true);
    expect(new Set(report.records.map((line) => line.kind))).toEqual(new Set([...ORGANISATION_KINDS, ...CHAPTER_KINDS, "proposal", "version", "open", "ballot", "close", "counted", "decision"]));

    const records = bundle.documents.flatMap((d) => Object.values(d.records).flatMap((texts) => Object.values(texts).map((text) => parseRecord(text))));
    const fold = foldMembership(records.filter(isParsed).filter((record) => isMembershipKind(record.envelope.kind)));
    expect(fold.rejections).toEqual([]);
    const key = (label: string) => simulatedKey(seed, label);
    const [facilitator, cofounder, sponsored, token, invited, leaver, removed, rotated, rotatedNew] = await Promise.all(
      ["facilitator", "cofounder", "sponsored", "invite-token", "invited", "leaver", "removed", "rotated", "rotated/new"].map(key),
    );
    const root = [...fold.roster.chapters.values()].find((chapter) => chapter.parent === null)!;
    expect(root.admission).toEqual({ sponsors: 1, countersign: true });
    expect(root.founders).toEqual([facilitator, cofounder].sort());
    const founder = new Set([facilitator, cofounder]);
    expect([...root.members.values()].map((m) => [m.key, m.founder])).toEqual([facilitator!, cofounder!, sponsored!, invited!].sort().map((k) => [k, founder.has(k)]));
    expect(root.roles.map((r) => `${r.role} ${r.key}`)).toEqual([`facilitator ${facilitator}`]); // the treasurer role was revoked
    expect(root.invites).toEqual([expect.objectContaining({ token, maxUses: 2, uses: 1, closed: true })]);
    const first = [...fold.roster.chapters.values()].find((chapter) => chapter.name === "North")!;
    expect(first.members.has(rotatedNew!)).toBe(true);
    for (const gone of [leaver, removed, rotated]) expect(first.members.has(gone!)).toBe(false);
    // The electorate: 12 voters, the facilitator, the co-founder, the two admitted to the root and the rotated member's new key.
    const electorate = new Map(report.electorate!.entries.map((entry) => [entry.member, entry.weight]));
    expect(electorate.size).toBe(17);
    expect(summary.members).toBe(17);
    expect(electorate.get(rotatedNew!)).toBe(2); // a member of the first neighbourhood, which weighs 2
    for (const gone of [leaver, removed, rotated, token]) expect(electorate.has(gone!)).toBe(false);
  });

  it("[V11.2] keys and document URLs come from the seed and the labels V11.2 lists", async () => {
    const seed = "labels";
    const { bundle } = await simulateVote({ voters: 3, rule: "majority", chapters: 2, seed }, subtle);
    const url = (label: string) => `automerge:${base58(sha256(utf8(`chapterhouse-simulate-url\n${seed}\n${label}`)).slice(0, 16))}`;
    const urls = (type: string) => bundle.documents.filter((d) => d.type === type).map((d) => d.url);
    // Only documents holding a record are in the bundle; the open and the geneses name every one.
    expect(urls("organisation")).toEqual([url("organisation")]);
    expect(urls("proposal")).toEqual([url("proposal")]);
    const open = JSON.parse(Object.values(bundle.documents.find((d) => d.type === "proposal")!.records["votes"]!).find((text) => text.includes('"kind":"open"'))!) as {
      body: { boxes: { list: { document: string }[] } };
    };
    expect(open.body.boxes.list.map((box) => box.document).sort()).toEqual([url("box/0/0"), url("box/1/0")].sort());
    expect(urls("ballot-box").every((box) => [url("box/0/0"), url("box/1/0")].includes(box))).toBe(true); // a box with no record is not in the bundle
    const geneses = Object.values(bundle.documents.find((d) => d.type === "organisation")!.records["chapters"]!).map((text) => JSON.parse(text) as { body: { document: string } });
    expect(geneses.map((genesis) => genesis.body.document).sort()).toEqual([url("chapter/root"), url("chapter/city/0"), url("chapter/neighbourhood/0"), url("chapter/neighbourhood/1")].sort());
    const signers = new Set(bundle.documents.flatMap((d) => Object.values(d.records).flatMap((texts) => Object.values(texts).map((text) => (JSON.parse(text) as { signer: string }).signer))));
    const keys = await Promise.all(["facilitator", "member/0", "member/1", "member/2"].map((label) => simulatedKey(seed, label)));
    expect([...signers].sort()).toEqual(keys.sort());
  });

  it("[V11.2] boxes are sharded so a box holds about 2,000 ballots at most", async () => {
    const { summary } = await simulateVote({ voters: 30, rule: "majority", chapters: 1, seed: "x" }, subtle);
    expect(summary.boxes).toBe(1);
    await expect(simulateVote({ voters: 0, rule: "majority" }, subtle)).rejects.toThrow(RangeError);
    await expect(simulateVote({ voters: 5, rule: "borda" as never }, subtle)).rejects.toThrow(/unknown rule/);
  });

  it("[V11.2] the seeded generator is deterministic and unbiased in range", () => {
    const a = new SeededRandom("seed");
    const b = new SeededRandom("seed");
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(new SeededRandom("other").next()).not.toBe(xs[0]);
    const r = new SeededRandom("range");
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[r.below(3)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(900);
    expect(() => r.below(0)).toThrow(RangeError);
  });
});
