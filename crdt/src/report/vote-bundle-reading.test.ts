import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashText } from "../encoding/hash.js";
import type { DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import { parseStrictJson } from "../records/strict-json.js";
import { VOTE_BUNDLE_TYPE, VoteBundleError, decodeVoteBundle, encodeVoteBundle, type VoteBundle, type VoteBundleDocument } from "./vote-bundle.js";
import { VoteBundleNotInOrder, VoteBundleReading } from "./vote-bundle-reading.js";

const id = (n: number) => hashText(`reading ${n}`);
const url = (n: number) => `automerge:4NMNnkMhL8jXrdJ9jamS58PAV${n}` as DocumentUrl;
const vote = { proposal: id(1) as ProposalId, open: id(2) as RecordId };
const texts = (from: number, count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [id(from + i), `{"n":${from + i},"q":"\\"quoted\\""}`]));

/** Four ballot boxes and a proposal, merged and in order, as a writer writes them. */
const bundle: VoteBundle = decodeVoteBundle(
  encodeVoteBundle({
    vote,
    documents: [
      ...[1, 2, 3, 4].map((n) => ({ type: "ballot-box", url: url(n), records: { ballots: texts(10 * n, 3), counted: {} } })),
      { type: "proposal", url: url(5), records: { origin: texts(100, 1), versions: texts(200, 2), votes: {} } },
    ],
  }),
);
const text = encodeVoteBundle(bundle);

/** A bundle text with these documents in this order, not merged (as a careless writer might write it). */
function written(documents: readonly VoteBundleDocument[], spaces?: number): string {
  return JSON.stringify({ documents, type: VOTE_BUNDLE_TYPE, v: 1, vote }, null, spaces);
}

/** What decodeVoteBundle gives, or its error. */
function decoded(text: string): VoteBundle | VoteBundleError {
  try {
    return decodeVoteBundle(text);
  } catch (error) {
    if (error instanceof VoteBundleError) return error;
    throw error;
  }
}

/** The reading of `text`: the documents its iteration handed on, what it threw, and `whole()` (or what it threw). */
function read(text: string): { handed: VoteBundleDocument[]; thrown: unknown; whole: unknown } {
  const reading = new VoteBundleReading(text);
  const handed: VoteBundleDocument[] = [];
  let thrown: unknown;
  try {
    for (const document of reading.documents) handed.push(document);
  } catch (error) {
    thrown = error;
  }
  let whole: unknown;
  try {
    whole = reading.whole();
  } catch (error) {
    whole = error;
  }
  return { handed, thrown, whole };
}

/** The reading gives exactly what decodeVoteBundle gives: its error, or its bundle, and hands on the bundle's documents or says it cannot. */
function expectReadAsDecoded(text: string): void {
  const expected = decoded(text);
  const { handed, thrown, whole } = read(text);
  if (expected instanceof VoteBundleError) {
    for (const error of [thrown, whole]) {
      expect(error).toBeInstanceOf(VoteBundleError);
      expect({ code: (error as VoteBundleError).code, message: (error as VoteBundleError).message }).toEqual({ code: expected.code, message: expected.message });
    }
    return;
  }
  // Member order too: JSON.stringify writes members in the order they are held.
  expect(JSON.stringify(whole)).toBe(JSON.stringify(expected));
  if (thrown === undefined) {
    expect(JSON.stringify(handed)).toBe(JSON.stringify(expected.documents));
  } else {
    expect(thrown).toBeInstanceOf(VoteBundleNotInOrder);
    // Only a bundle whose documents as written are not the merged ones.
    const asWritten = (parseStrictJson(text) as { documents: unknown }).documents;
    expect(JSON.stringify(asWritten)).not.toBe(JSON.stringify(expected.documents));
  }
}

describe("VoteBundleReading", () => {
  it("[V10.1] [V10.2] hands on the documents a writer wrote, and gives decodeVoteBundle's bundle", () => {
    const { handed, thrown, whole } = read(text);
    expect(thrown).toBeUndefined();
    expect(handed).toEqual(bundle.documents);
    expect(whole).toEqual(bundle);
    for (const variant of [written(bundle.documents, 2), `  ${text}\n`, text.replace(/^\{("documents":\[.*\]),("type".*)\}$/s, "{$2,$1}")]) {
      expect(variant).not.toBe(text);
      expectReadAsDecoded(variant);
      expect(read(variant).thrown).toBeUndefined();
    }
  });

  it("[S10] hands each document on as soon as it is decoded: a bundle cut in its last document gives the first ones, then decodeVoteBundle's error", () => {
    const cut = text.slice(0, text.indexOf('"type":"proposal"') - 20);
    const reading = new VoteBundleReading(cut);
    const iterator = reading.documents[Symbol.iterator]();
    for (const document of bundle.documents.slice(0, 4)) expect(iterator.next().value).toEqual(document);
    const expected = decoded(cut) as VoteBundleError;
    expect(expected).toBeInstanceOf(VoteBundleError);
    expect(() => iterator.next()).toThrow(expected.message);
    expect(() => reading.whole()).toThrow(expected.message);
    expect(expected.message).toMatch(/^not JSON \(a truncated or damaged file\?\)/);
  });

  it("[V10.2] documents out of order: what was handed on does not stand (VoteBundleNotInOrder); whole() is the merged bundle", () => {
    const reversed = written([...bundle.documents].reverse());
    const reading = new VoteBundleReading(reversed);
    const iterator = reading.documents[Symbol.iterator]();
    expect(iterator.next().value).toEqual(bundle.documents[4]);
    expect(() => iterator.next()).toThrow(VoteBundleNotInOrder);
    expect(reading.whole()).toEqual(bundle);
    // Out of order from the first document on (its keys unsorted): nothing handed on yet, so the merged documents are.
    const unsorted = written([{ ...bundle.documents[0]!, records: { counted: {}, ballots: bundle.documents[0]!.records["ballots"]! } }, ...bundle.documents.slice(1)]);
    expect(read(unsorted)).toEqual({ handed: bundle.documents, thrown: undefined, whole: bundle });
  });

  it("[V10.4] [R1.4] [R1.6] refuses what decodeVoteBundle refuses, with its code and message", () => {
    const good = encodeVoteBundle({ vote, documents: [{ type: "ballot-box", url: url(1), records: { ballots: { k: "a" } } }] });
    const doc = (d: object) => encodeVoteBundle({ vote, documents: [] }).replace('"documents":[]', `"documents":[${JSON.stringify(d)}]`);
    for (const bad of [
      text.slice(0, text.length / 2),
      "\u0000garbage",
      "[1,2]",
      "{}",
      text.replace('"v":1', '"v":2'),
      text.replace('"v":1', '"v":1,"extra":true'),
      text.replace('"v":1', '"v":1,"v":1'),
      text.replace(`"open":"${vote.open}"`, '"open":"x"'),
      text.replace('"documents":[', '"documents":{"x":['),
      `${text}x`,
      good.replace('{"k":"a"}', '{"k":"junk","k":"a"}'),
      good.replace('"records":{', `"x":${"[".repeat(40)}${"]".repeat(40)},"records":{`),
      doc({ type: "thread", url: url(1), records: {} }),
      doc({ type: "ballot-box", url: url(1), records: { votes: {} } }),
      doc({ type: "ballot-box", url: url(1), records: { ballots: { k: 1 } } }),
    ]) {
      expect(decoded(bad)).toBeInstanceOf(VoteBundleError);
      expectReadAsDecoded(bad);
    }
  });

  it("[V10.4] any text cut, edited or reordered reads as decodeVoteBundle reads it (property)", () => {
    const edits = fc.oneof(
      fc.nat({ max: text.length }).map((at) => text.slice(0, at)),
      fc.tuple(fc.nat({ max: text.length - 1 }), fc.constantFrom(...'{}[],:"\\ 1x')).map(([at, c]) => text.slice(0, at) + c + text.slice(at + 1)),
      fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...'{}[],:" ')).map(([at, c]) => text.slice(0, at) + c + text.slice(at)),
      fc.shuffledSubarray([...bundle.documents], { minLength: 0 }).map((documents) => written(documents)),
      fc.array(fc.constantFrom(...bundle.documents), { maxLength: 7 }).map((documents) => written(documents)),
    );
    fc.assert(fc.property(edits, (edited) => expectReadAsDecoded(edited)), { numRuns: 300 });
  });
});

describe("VoteBundleReading memory", () => {
  it("[V10.3] once read, neither the reading nor its bundle keeps the text alive", () => {
    // As vote-bundle.test.ts measures decodeVoteBundle: in a child with gc exposed.
    const crdt = new URL("../../dist/report/index.js", import.meta.url).href;
    const script = `
      const { VoteBundleReading } = await import(${JSON.stringify(crdt)});
      const heap = () => { /x/.test("x"); gc(); gc(); return process.memoryUsage().heapUsed; };
      function read() {
        const id = "A".repeat(42) + "A";
        // 40 MiB of space after a small bundle: what the reading and the bundle keep is small.
        const text = '{"documents":[{"records":{"votes":{"' + id + '":"x"}},"type":"proposal","url":"automerge:' + "2".repeat(30) + '"}],"type":"chapterhouse-vote-bundle","v":1,"vote":{"open":"' + id + '","proposal":"' + id + '"}}' + " ".repeat(40 * 1024 * 1024);
        const reading = new VoteBundleReading(text);
        for (const document of reading.documents) void document;
        return [reading, reading.whole()];
      }
      let kept = read();
      const keeping = heap();
      kept = undefined;
      process.stdout.write(String(keeping - heap()));`;
    const run = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(Number(run.stdout)).toBeLessThan(1024 * 1024);
  });
});
