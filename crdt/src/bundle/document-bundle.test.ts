import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { BundleError } from "./bundle-error.js";
import { BUNDLE_MAGIC, decodeDocumentBundle, encodeDocumentBundle } from "./document-bundle.js";

const CHAPTER_ID = "2pQbG8YBHqPaiwMTbAtrLu3MzMdt";
const PROPOSAL_ID = "3Jf6oZ1Xa3bH2pkFWtQTWqgF6Fde";

function sampleDocuments() {
  const chapter = A.change(A.init<{ name: string; records: Record<string, string> }>(), (d) => {
    d.name = "Riverside";
    d.records = { a: "one", b: "two" };
  });
  const proposal = A.change(A.init<{ title: string }>(), (d) => {
    d.title = "Open the community kitchen on Sundays";
  });
  return [
    { documentId: CHAPTER_ID, bytes: A.save(chapter) },
    { documentId: PROPOSAL_ID, bytes: A.save(proposal) },
  ];
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof BundleError) return error.code;
    throw error;
  }
  return "accepted";
}

describe("sync by file", () => {
  it("[B2] a bundle round-trips every document byte for byte", () => {
    const documents = sampleDocuments();
    const decoded = decodeDocumentBundle(encodeDocumentBundle(documents));
    expect(decoded.map((d) => d.documentId)).toEqual([CHAPTER_ID, PROPOSAL_ID]);
    expect(decoded.map((d) => [...d.bytes])).toEqual(documents.map((d) => [...d.bytes]));
    const chapter = A.load<{ name: string }>(decoded[0]!.bytes);
    expect(chapter.name).toBe("Riverside");
  });

  it("[B4] a file truncated at any point is refused, never loaded partially", () => {
    const file = encodeDocumentBundle(sampleDocuments());
    for (let cut = 0; cut < file.length; cut += 7) {
      const code = codeOf(() => decodeDocumentBundle(file.slice(0, cut)));
      expect(["not-a-bundle", "truncated"]).toContain(code);
    }
  });

  it("[B4] a flipped byte in a document is refused as corrupted", () => {
    const file = encodeDocumentBundle(sampleDocuments());
    const damaged = file.slice();
    damaged[damaged.length - 3] = damaged[damaged.length - 3]! ^ 0xff;
    expect(codeOf(() => decodeDocumentBundle(damaged))).toBe("corrupted");
  });

  it("[B4] a foreign file, another version, trailing bytes and a bad header are each refused with their reason", () => {
    const file = encodeDocumentBundle(sampleDocuments());
    expect(codeOf(() => decodeDocumentBundle(new TextEncoder().encode("PK\u0003\u0004 a zip file")))).toBe("not-a-bundle");
    const future = file.slice();
    future[BUNDLE_MAGIC.length] = 2;
    expect(codeOf(() => decodeDocumentBundle(future))).toBe("unsupported-version");
    const longer = new Uint8Array(file.length + 1);
    longer.set(file);
    expect(codeOf(() => decodeDocumentBundle(longer))).toBe("trailing-bytes");
    const badHeader = file.slice();
    badHeader[BUNDLE_MAGIC.length + 5] = 0x20; // a space before the header's "{"
    expect(codeOf(() => decodeDocumentBundle(badHeader))).toBe("malformed-header");
  });

  it("[B3] a document whose bytes hash correctly but do not load is refused as a bad document", () => {
    const junk = { documentId: CHAPTER_ID, bytes: new Uint8Array([0x85, 0x6f, 0x4a, 0x83, 1, 2, 3]) };
    expect(codeOf(() => decodeDocumentBundle(encodeDocumentBundle([junk])))).toBe("bad-document");
  });

  it("[B2] a document id that is not an automerge-repo id cannot be written", () => {
    expect(codeOf(() => encodeDocumentBundle([{ documentId: "../../etc/passwd", bytes: new Uint8Array() }]))).toBe("bad-document");
  });
});
