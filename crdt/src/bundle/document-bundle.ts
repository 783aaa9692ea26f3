/**
 * Sync by file (PROTOCOL.md B1–B5): several Automerge documents in one versioned file, each
 * with its length and SHA-256, to carry on a USB stick between rooms with no network.
 * Bytes in, bytes out: reading files and merging into a repo are the callers' business.
 */
import * as A from "@automerge/automerge";
import { sha256 } from "@noble/hashes/sha2.js";
import { toBase64url } from "../encoding/base64url.js";
import { CanonicalError, canonicalize, isObject, parseCanonical } from "../records/canonical.js";
import { fromUtf8, utf8 } from "../encoding/utf8.js";
import { BundleError } from "./bundle-error.js";

/** B1: the file starts with these 20 bytes, then one version byte. */
export const BUNDLE_MAGIC = utf8("chapterhouse-bundle\n");
/** B1: the format version this code writes and reads. */
export const BUNDLE_VERSION = 1;
/** B3: limits that bound the work a hostile file can cause. */
export const BUNDLE_LIMITS = Object.freeze({ maxDocuments: 10_000, maxHeaderBytes: 4 * 1024 * 1024 });

/** An Automerge document id as automerge-repo writes it (base58check, no `automerge:` prefix). */
const DOCUMENT_ID = /^[1-9A-HJ-NP-Za-km-z]{16,64}$/;

/** One document of a bundle: its automerge-repo document id and its saved bytes. */
export interface BundledDocument {
  readonly documentId: string;
  readonly bytes: Uint8Array;
}

/**
 * Encodes documents into a bundle (B1, B2).
 * @throws {BundleError} "too-large" past the limits, "bad-document" for a malformed id or a
 *   repeated one.
 */
export function encodeDocumentBundle(documents: readonly BundledDocument[]): Uint8Array {
  if (documents.length > BUNDLE_LIMITS.maxDocuments) throw new BundleError("too-large", "too many documents");
  const seen = new Set<string>();
  const entries = documents.map(({ documentId, bytes }) => {
    if (!DOCUMENT_ID.test(documentId)) throw new BundleError("bad-document", `malformed document id ${JSON.stringify(documentId)}`);
    if (seen.has(documentId)) throw new BundleError("bad-document", `document ${documentId} appears twice`);
    seen.add(documentId);
    return { id: documentId, length: bytes.length, sha256: toBase64url(sha256(bytes)) };
  });
  const header = utf8(canonicalize({ documents: entries, v: BUNDLE_VERSION }));
  if (header.length > BUNDLE_LIMITS.maxHeaderBytes) throw new BundleError("too-large", "header too large");
  const total = BUNDLE_MAGIC.length + 1 + 4 + header.length + documents.reduce((n, d) => n + d.bytes.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  out.set(BUNDLE_MAGIC, at);
  at += BUNDLE_MAGIC.length;
  out[at++] = BUNDLE_VERSION;
  new DataView(out.buffer).setUint32(at, header.length);
  at += 4;
  out.set(header, at);
  at += header.length;
  for (const { bytes } of documents) {
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

/**
 * Decodes a bundle and loads every document strictly (B3, B4): the whole file is checked
 * before anything is returned, so a caller that merges only on success changes nothing on
 * failure.
 * @throws {BundleError} naming what is wrong: not a bundle, another version, a malformed
 *   header, a truncated file, trailing bytes, a hash mismatch, or a document that does not load.
 */
export function decodeDocumentBundle(file: Uint8Array): BundledDocument[] {
  if (!(file instanceof Uint8Array)) throw new BundleError("not-a-bundle", "input is not bytes");
  const magicEnd = BUNDLE_MAGIC.length;
  if (file.length < magicEnd || !BUNDLE_MAGIC.every((b, i) => file[i] === b)) {
    throw new BundleError("not-a-bundle", "the file does not start with the Chapterhouse bundle signature");
  }
  if (file.length < magicEnd + 5) throw new BundleError("truncated", "the file ends inside its preamble");
  const version = file[magicEnd]!;
  if (version !== BUNDLE_VERSION) throw new BundleError("unsupported-version", `version ${version}; this app reads version ${BUNDLE_VERSION}`);
  const headerLength = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(magicEnd + 1);
  if (headerLength > BUNDLE_LIMITS.maxHeaderBytes) throw new BundleError("too-large", "header too large");
  const headerStart = magicEnd + 5;
  if (file.length < headerStart + headerLength) throw new BundleError("truncated", "the file ends inside its header");
  const entries = readHeader(file.subarray(headerStart, headerStart + headerLength));

  let at = headerStart + headerLength;
  const documents: BundledDocument[] = [];
  for (const entry of entries) {
    if (file.length < at + entry.length) {
      throw new BundleError("truncated", `the file ends inside document ${entry.id} (${file.length - at} of ${entry.length} bytes)`);
    }
    const bytes = file.slice(at, at + entry.length);
    at += entry.length;
    if (toBase64url(sha256(bytes)) !== entry.sha256) throw new BundleError("corrupted", `document ${entry.id} does not match its hash`);
    try {
      A.load(bytes); // strict: throws on incomplete content, unlike loadIncremental
    } catch (error) {
      throw new BundleError("bad-document", `document ${entry.id} does not load: ${String(error)}`);
    }
    documents.push({ documentId: entry.id, bytes });
  }
  if (at !== file.length) throw new BundleError("trailing-bytes", `${file.length - at} bytes after the last document`);
  return documents;
}

interface HeaderEntry {
  readonly id: string;
  readonly length: number;
  readonly sha256: string;
}

function readHeader(bytes: Uint8Array): HeaderEntry[] {
  let header: unknown;
  try {
    header = parseCanonical(fromUtf8(bytes));
  } catch (error) {
    const why = error instanceof CanonicalError ? error.reason : "not UTF-8";
    throw new BundleError("malformed-header", why);
  }
  if (!isObject(header) || header.v !== BUNDLE_VERSION || !Array.isArray(header.documents)) {
    throw new BundleError("malformed-header", "expected {documents, v}");
  }
  if (Object.keys(header).length !== 2) throw new BundleError("malformed-header", "unexpected members");
  if (header.documents.length > BUNDLE_LIMITS.maxDocuments) throw new BundleError("too-large", "too many documents");
  const seen = new Set<string>();
  return header.documents.map((entry, index) => {
    if (
      !isObject(entry) ||
      Object.keys(entry).length !== 3 ||
      typeof entry.id !== "string" ||
      !DOCUMENT_ID.test(entry.id) ||
      typeof entry.length !== "number" ||
      entry.length < 0 ||
      typeof entry.sha256 !== "string" ||
      entry.sha256.length !== 43
    ) {
      throw new BundleError("malformed-header", `entry ${index} is not {id, length, sha256}`);
    }
    if (seen.has(entry.id)) throw new BundleError("malformed-header", `document ${entry.id} appears twice`);
    seen.add(entry.id);
    return { id: entry.id, length: entry.length, sha256: entry.sha256 };
  });
}
