import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { hashText } from "../encoding/hash.js";
import type { DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import { VoteBundleError, decodeVoteBundle, encodeVoteBundle, mergeDocuments, type VoteBundle } from "./vote-bundle.js";

const id = (n: number) => hashText(`bundle ${n}`);
const url = "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl;
const vote = { proposal: id(1) as ProposalId, open: id(2) as RecordId };

function codeOf(text: string): string {
  try {
    decodeVoteBundle(text);
    return "ok";
  } catch (error) {
    return error instanceof VoteBundleError ? error.code : `threw ${String(error)}`;
  }
}

describe("the vote bundle", () => {
  it("[V10.1] encodes as canonical JSON and decodes to the same bundle", () => {
    const text = "{}";
    const bundle: VoteBundle = { vote, documents: [{ type: "ballot-box", url, records: { ballots: { [recordIdOf(text)]: text } } }] };
    const encoded = encodeVoteBundle(bundle);
    expect(encoded.startsWith('{"documents":[{"records":{"ballots":{')).toBe(true);
    expect(decodeVoteBundle(encoded)).toEqual(bundle);
    expect(decodeVoteBundle(JSON.stringify(JSON.parse(encoded), null, 2))).toEqual(bundle);
  });

  it("[V10.4] refuses, with a reason, what is not a readable vote bundle", () => {
    const good = encodeVoteBundle({ vote, documents: [] });
    expect(codeOf(good)).toBe("ok");
    expect(codeOf(good.slice(0, -3))).toBe("unreadable");
    expect(codeOf("\u0000garbage")).toBe("unreadable");
    expect(codeOf("[1,2]")).toBe("not-a-bundle");
    expect(codeOf(good.replace('"v":1', '"v":2'))).toBe("unsupported-version");
    expect(codeOf(good.replace('"v":1', '"v":1,"extra":true'))).toBe("malformed");
    expect(codeOf(good.replace(`"open":"${vote.open}"`, '"open":"x"'))).toBe("malformed");
    const doc = (d: object) => encodeVoteBundle({ vote, documents: [] }).replace('"documents":[]', `"documents":[${JSON.stringify(d)}]`);
    expect(codeOf(doc({ type: "thread", url, records: {} }))).toBe("malformed");
    expect(codeOf(doc({ type: "ballot-box", url: "http://x", records: {} }))).toBe("malformed");
    expect(codeOf(doc({ type: "ballot-box", url, records: { votes: {} } }))).toBe("malformed");
    expect(codeOf(doc({ type: "ballot-box", url, records: { ballots: ["a list"] } }))).toBe("malformed");
    expect(codeOf(doc({ type: "ballot-box", url, records: { ballots: { k: 1 } } }))).toBe("malformed");
  });

  it("[V10.2] one document per type and URL; of two texts under one key, the one whose id is the key is kept", () => {
    const real = '{"real":true}';
    const junk = '{"junk":true}';
    const key = recordIdOf(real);
    const merged = mergeDocuments([
      { type: "ballot-box", url, records: { ballots: { [key]: junk } } },
      { type: "ballot-box", url, records: { ballots: { [key]: real, other: junk } } },
      { type: "ballot-box", url, records: { counted: {} } },
    ]);
    expect(merged).toEqual([{ type: "ballot-box", url, records: { ballots: { [key]: real, other: junk }, counted: {} } }]);
    const swapped = mergeDocuments([...merged].reverse());
    expect(swapped).toEqual(merged);
  });

  it("[V10.2] keys are ordered by UTF-16 code units, not code points: U+1F600 (D83D DE00) before U+FF61", () => {
    const [merged] = mergeDocuments([{ type: "ballot-box", url, records: { ballots: { "\uff61": "b", "\u{1f600}": "a", z: "c" } } }]);
    expect(Object.keys(merged!.records["ballots"]!)).toEqual(["z", "\u{1f600}", "\uff61"]);
    expect(encodeVoteBundle({ vote, documents: [merged!] })).toContain('{"ballots":{"z":"c","\u{1f600}":"a","\uff61":"b"}}');
  });

  it("[V10.4] [R1.4] [R1.6] a duplicate member name anywhere, or nesting past R1.6, is unreadable", () => {
    const good = encodeVoteBundle({ vote, documents: [{ type: "ballot-box", url, records: { ballots: { k: "a" } } }] });
    expect(codeOf(good)).toBe("ok");
    expect(codeOf(good.replace('{"k":"a"}', '{"k":"junk","k":"a"}'))).toBe("unreadable");
    expect(codeOf(good.replace('"v":1', '"v":1,"v":1'))).toBe("unreadable");
    expect(codeOf(good.replace('"records":{', `"x":${"[".repeat(40)}${"]".repeat(40)},"records":{`))).toBe("unreadable");
    expect(() => decodeVoteBundle(good.replace('{"k":"a"}', '{"k":"junk","k":"a"}'))).toThrow(/duplicate member name "k" at offset \d+/);
  });
});

describe("vote bundle memory", () => {
  it("[V10.3] a decoded bundle keeps none of its text alive: what it keeps are strings of their own", () => {
    // V8 keeps a whole string alive while a slice of it is: measured in a child with gc exposed.
    const crdt = new URL("../../dist/report/index.js", import.meta.url).href;
    const script = `
      const { decodeVoteBundle } = await import(${JSON.stringify(crdt)});
      const heap = () => { /x/.test("x"); gc(); gc(); return process.memoryUsage().heapUsed; }; // V8 keeps RegExp.input
      function read() { // in a function of its own, so that no stale reference to the text outlives it
        const id = "A".repeat(42) + "A";
        const text = '{"documents":[{"records":{"votes":{"' + id + '":"' + "x".repeat(40 * 1024 * 1024) + '"}},"type":"proposal","url":"automerge:' + "2".repeat(30) + '"}],"type":"chapterhouse-vote-bundle","v":1,"vote":{"open":"' + id + '","proposal":"' + id + '"}}';
        const bundle = decodeVoteBundle(text);
        return [bundle.vote.open, bundle.vote.proposal, bundle.documents[0].url];
      }
      let kept = read();
      const keeping = heap();
      kept = undefined;
      process.stdout.write(String(keeping - heap()));`;
    const run = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    const heldByKept = Number(run.stdout);
    expect(heldByKept).toBeLessThan(1024 * 1024); // not the 40 MiB text they were read from
  });
});
