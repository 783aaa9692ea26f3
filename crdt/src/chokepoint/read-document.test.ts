import * as A from "@automerge/automerge";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { canonicalize } from "../records/canonical.js";
import { CHAPTER_DOCUMENT, createChapterDoc, type ChapterDoc } from "../documents/chapter.js";
import { addRecord } from "../documents/record-map.js";
import { MAX_RECORD_LENGTH, recordIdOf, type ParsedRecord } from "../records/record.js";
import { acceptAll, readDocument, type Authorise } from "./read-document.js";
import { naclTestVerifier } from "./test-helpers/nacl-test-verifier.js";
import { signTest, testSigner } from "./test-helpers/test-records.js";

const alice = testSigner(1);
const bob = testSigner(2);
let admit: ParsedRecord;
let role: ParsedRecord;
let decision: ParsedRecord;
let ballot: ParsedRecord;

beforeAll(async () => {
  admit = await signTest(alice, "admit", { member: bob.publicKey });
  role = await signTest(bob, "role", { role: "facilitator", member: bob.publicKey });
  decision = await signTest(alice, "decision", { text: "We meet on Tuesdays" });
  ballot = await signTest(alice, "ballot", { choice: "for" });
});

function read(doc: unknown, options: Partial<Parameters<typeof readDocument>[3]> = {}) {
  return readDocument(CHAPTER_DOCUMENT, doc, naclTestVerifier(), { authorise: acceptAll, ...options });
}

function put(doc: A.Doc<ChapterDoc>, write: (d: ChapterDoc) => void): A.Doc<ChapterDoc> {
  return A.change(doc, write);
}

/** Stores raw text under a key, as a vandal (or a buggy client) could. */
function raw(key: string, text: string) {
  return (d: ChapterDoc) => {
    d.governance[key] = new A.ImmutableString(text);
  };
}

describe("the chokepoint reads a record map", () => {
  it("[D3.3] a record stored under its id is accepted, and the plain proxy read gives an ImmutableString", async () => {
    const doc = put(createChapterDoc(), (d) => addRecord(d.governance, admit));
    expect(A.isImmutableString(doc.governance[admit.id])).toBe(true);
    const result = await read(doc);
    expect(result.maps.governance.map((r) => r.id)).toEqual([admit.id]);
    expect(result.records[0]?.text).toBe(admit.text);
    expect(result.rejections).toEqual([]);
  });

  it("[D3.3] of two concurrent writes at one key, one valid and one junk, the valid one is accepted whichever Automerge shows", async () => {
    const base = createChapterDoc({ actor: "aaaa" });
    for (const [goodActor, junkActor] of [["bbbb", "cccc"], ["cccc", "bbbb"]] as const) {
      const good = put(A.clone(base, goodActor), (d) => addRecord(d.governance, admit));
      const junk = put(A.clone(base, junkActor), raw(admit.id, "vandalised"));
      const merged = A.merge(A.clone(good), junk);
      expect(Object.values(A.getConflicts(merged.governance, admit.id) ?? {})).toHaveLength(2);
      if (junkActor === "cccc") expect(String(merged.governance[admit.id])).toBe("vandalised"); // the junk is the visible value
      const result = await read(merged);
      expect(result.maps.governance.map((r) => r.id)).toEqual([admit.id]);
      expect(result.rejections).toEqual([{ map: "governance", key: admit.id, reason: "bad-bytes", detail: "not JSON" }]);
    }
  });

  it("[D3.4] a valid record stored under another key is refused as wrong-id, and not accepted as itself", async () => {
    const doc = put(createChapterDoc(), raw(admit.id, role.text));
    const result = await read(doc);
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([
      { map: "governance", key: admit.id, id: role.id, reason: "wrong-id", detail: `its bytes hash to ${role.id}, not to the key` },
    ]);
  });

  it("[D3.4] non-canonical bytes are refused even under the hash of those bytes", async () => {
    const spaced = "{ " + admit.text.slice(1);
    const doc = put(createChapterDoc(), raw(recordIdOf(spaced), spaced));
    const result = await read(doc);
    expect(result.records).toEqual([]);
    expect(result.rejections.map((r) => r.reason)).toEqual(["non-canonical"]);
  });

  it("[D3.4] text that is not JSON, not well-formed Unicode, too large, or not an envelope is refused with its reason", async () => {
    const big = '"' + "x".repeat(MAX_RECORD_LENGTH) + '"';
    const texts = ["hello", "\uD800", big, '{"hello":1}'];
    const doc = put(createChapterDoc(), (d) => {
      for (const text of texts) raw(recordIdOf(text.replace("\uD800", "?")), text)(d);
    });
    const result = await read(doc);
    expect(result.records).toEqual([]);
    expect(result.rejections.map((r) => r.reason).sort()).toEqual(["bad-bytes", "bad-bytes", "malformed", "too-large"]);
  });

  it("[D3.6] a record whose signature does not verify is refused as bad-signature", async () => {
    const sig = admit.envelope.sig;
    const forged = canonicalize({ ...admit.envelope, sig: (sig[0] === "A" ? "B" : "A") + sig.slice(1) });
    const id = recordIdOf(forged);
    const doc = put(createChapterDoc(), raw(id, forged));
    const result = await read(doc);
    expect(result.records).toEqual([]);
    expect(result.rejections).toEqual([{ map: "governance", key: id, id, reason: "bad-signature", detail: "signature does not verify under the strict policy (S1)" }]);
  });

  it("[D3.5] a record of a kind the map does not hold is refused as unknown-kind", async () => {
    const doc = put(createChapterDoc(), (d) => {
      addRecord(d.governance, ballot);
      addRecord(d.decisions, admit);
      addRecord(d.decisions, decision);
    });
    const result = await read(doc);
    expect(result.records.map((r) => r.id)).toEqual([decision.id]);
    expect(result.rejections.map((r) => [r.map, r.id, r.reason])).toEqual(
      [["decisions", admit.id, "unknown-kind"], ["governance", ballot.id, "unknown-kind"]],
    );
  });

  it("[D3.3] numbers, nested maps, lists, counters, bytes, timestamps, null and junk text are refused, never thrown", async () => {
    const doc = A.change(createChapterDoc(), (d) => {
      const g = d.governance as unknown as Record<string, unknown>;
      g["n"] = 5;
      g["m"] = { nested: { deeper: 1 } };
      g["l"] = [1, 2];
      g["c"] = new A.Counter(3);
      g["b"] = new Uint8Array([1]);
      g["t"] = new Date(0);
      g["z"] = null;
      g["f"] = false;
      g["s"] = "editable junk";
    });
    const result = await read(doc);
    expect(result.records).toEqual([]);
    expect(result.rejections.map((r) => `${r.key}:${r.reason}:${r.detail}`)).toEqual([
      "b:bad-bytes:bytes, not a record text",
      "c:bad-bytes:a counter, not a record text",
      "f:bad-bytes:a boolean, not a record text",
      "l:bad-bytes:a list, not a record text",
      "m:bad-bytes:a map, not a record text",
      "n:bad-bytes:a number, not a record text",
      "s:bad-bytes:not JSON",
      "t:bad-bytes:a timestamp, not a record text",
      "z:bad-bytes:null, not a record text",
    ]);
  });

  it("[D3.3] a record's exact text in an editable text object still counts: validity depends on the bytes, not the container", async () => {
    const doc = A.change(createChapterDoc(), (d) => {
      (d.governance as unknown as Record<string, unknown>)[admit.id] = admit.text;
    });
    expect(A.isImmutableString(doc.governance[admit.id])).toBe(false);
    expect((await read(doc)).records.map((r) => r.id)).toEqual([admit.id]);
  });

  it("[D3.2] a record map replaced by a list, a string or a map of objects is reported, and nothing is read from it", async () => {
    const base = put(createChapterDoc(), (d) => addRecord(d.governance, admit));
    const replacements: [unknown, string[]][] = [
      [["x"], [":a list in place of the map"]],
      ["a string", [":a string in place of the map"]],
      [{ [admit.id]: { val: 1 }, other: { a: "b" } }, [`${admit.id}:a map, not a record text`, "other:a map, not a record text"].sort()],
    ];
    for (const [value, expected] of replacements) {
      const doc = A.change(A.clone(base), (d) => {
        (d as unknown as Record<string, unknown>)["governance"] = value;
      });
      const result = await read(doc);
      expect(result.records).toEqual([]);
      expect(result.rejections.map((r) => `${r.key}:${r.detail}`)).toEqual(expected);
    }
  });

  it("[D3.2] when two devices replace a record map concurrently, the records in both maps are read", async () => {
    const base = createChapterDoc({ actor: "aaaa" });
    const a = A.change(A.clone(base, "bbbb"), (d) => {
      d.governance = {};
      addRecord(d.governance, admit);
    });
    const b = A.change(A.clone(base, "cccc"), (d) => {
      d.governance = {};
      addRecord(d.governance, role);
    });
    const merged = A.merge(A.clone(a), b);
    expect(Object.keys(merged.governance)).toHaveLength(1);
    const result = await read(merged);
    expect(result.records.map((r) => r.id)).toEqual([admit.id, role.id].sort());
  });

  it("[D3.6] all signatures of a document are checked in one batch, and ids in the verified cache are not checked again", async () => {
    const doc = put(createChapterDoc(), (d) => {
      addRecord(d.governance, admit);
      addRecord(d.governance, role);
      addRecord(d.decisions, decision);
    });
    const verifier = naclTestVerifier();
    await readDocument(CHAPTER_DOCUMENT, doc, verifier, { authorise: acceptAll });
    expect(verifier.batches).toEqual([3]);
    const cached = naclTestVerifier();
    const result = await readDocument(CHAPTER_DOCUMENT, doc, cached, { authorise: acceptAll, verified: new Set([admit.id, role.id]) });
    expect(cached.batches).toEqual([1]);
    expect(result.records).toHaveLength(3);
  });

  it("[D3.6] a cached id is still refused under the wrong key or in the wrong map", async () => {
    const doc = put(createChapterDoc(), (d) => {
      raw(role.id, admit.text)(d);
      addRecord(d.decisions, admit);
    });
    const result = await read(doc, { verified: new Set([admit.id]) });
    expect(result.records).toEqual([]);
    expect(result.rejections.map((r) => r.reason).sort()).toEqual(["unknown-kind", "wrong-id"]);
  });

  it("[D3.7] the same changes merged in any order read identically, records and rejections sorted", async () => {
    const base = createChapterDoc({ actor: "aaaa" });
    const x = put(A.clone(base, "bbbb"), (d) => {
      addRecord(d.governance, admit);
      raw("junk-key", "junk")(d);
    });
    const y = put(A.clone(base, "cccc"), (d) => {
      addRecord(d.governance, role);
      raw(admit.id, "overwrite")(d);
      addRecord(d.decisions, ballot);
    });
    const xy = await read(A.merge(A.clone(x), y));
    const yx = await read(A.merge(A.clone(y), x));
    expect(xy).toEqual(yx);
    expect(xy.records.map((r) => r.id)).toEqual([admit.id, role.id].sort());
    const keys = xy.rejections.map((r) => `${r.map}/${r.key}`);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toHaveLength(3);
  });

  it("[D3.8] records the authorisation step does not accept are rejected, with its reasons and maps; it cannot add records", async () => {
    const doc = put(createChapterDoc(), (d) => {
      addRecord(d.governance, admit);
      addRecord(d.governance, role);
      addRecord(d.decisions, decision);
    });
    const onlyAlice: Authorise = (records) => ({
      accepted: [...records.filter((r) => r.envelope.signer === alice.publicKey), ballot],
      rejections: records
        .filter((r) => r.envelope.kind === "role")
        .map((r) => ({ key: r.id, id: r.id, reason: "missing-deps" as const, detail: "cites a record not held" })),
    });
    const result = await read(doc, { authorise: onlyAlice });
    expect(result.records.map((r) => r.id)).toEqual([admit.id, decision.id].sort());
    expect(result.maps.decisions.map((r) => r.id)).toEqual([decision.id]);
    expect(result.verified.governance.map((r) => r.id)).toEqual([admit.id, role.id].sort());
    expect(result.rejections).toEqual([{ map: "governance", key: role.id, id: role.id, reason: "missing-deps", detail: "cites a record not held" }]);
    const none = await read(doc, { authorise: () => ({ accepted: [], rejections: [] }) });
    expect(none.rejections.map((r) => r.reason)).toEqual(["unauthorised", "unauthorised", "unauthorised"]);
  });

  it("[D3.9] whatever is written into a document, reading resolves and accepts only records stored under their id", async () => {
    const texts = [admit.text, role.text, decision.text, ballot.text];
    const keys = [admit.id, role.id, decision.id, "x", ""] as string[];
    const value = fc.oneof(
      fc.constantFrom(...texts).map((t) => new A.ImmutableString(t)),
      fc.constantFrom(...texts),
      fc.string().map((s) => new A.ImmutableString(s)),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 5 }), { maxKeys: 3, noNullPrototype: true }),
      fc.array(fc.integer(), { maxLength: 3 }),
    );
    const write = fc.tuple(fc.constantFrom(...keys), value, fc.boolean());
    await fc.assert(
      fc.asyncProperty(fc.array(write, { maxLength: 8 }), fc.array(write, { maxLength: 8 }), fc.boolean(), async (wa, wb, replaceMap) => {
        const base = createChapterDoc({ actor: "aaaa" });
        const apply = (writes: typeof wa) => (d: ChapterDoc) => {
          const g = d.governance as unknown as Record<string, unknown>;
          for (const [key, v, del] of writes) {
            if (del) delete g[key];
            else g[key] = v;
          }
        };
        let a = A.change(A.clone(base, "bbbb"), apply(wa));
        const b = A.change(A.clone(base, "cccc"), apply(wb));
        if (replaceMap) a = A.change(a, (d) => ((d as unknown as Record<string, unknown>)["governance"] = [1]));
        const result = await read(A.merge(a, b));
        for (const record of result.records) expect(recordIdOf(record.text)).toBe(record.id);
        expect(result.records.every((r) => [admit.id, role.id].includes(r.id))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
