/**
 * The vote bundle (PROTOCOL.md V10): one JSON file holding every record needed to verify one vote,
 * grouped by the document each was found in, so that a verifier reads them exactly as a device
 * reads the documents (through the chokepoint) and can tell which ballot box held which ballot.
 */
import { canonicalize } from "../records/canonical.js";
import { parseStrictJson, StrictJsonError } from "../records/strict-json.js";
import { ASSEMBLY_DOCUMENT } from "../documents/assembly-type.js";
import { BALLOT_BOX_DOCUMENT } from "../documents/ballot-box-type.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter-type.js";
import { mapNames, type DocumentType } from "../documents/document-type.js";
import { ORGANISATION_DOCUMENT } from "../documents/organisation-type.js";
import { PROPOSAL_DOCUMENT } from "../documents/proposal-type.js";
import type { DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";

/** The `type` member of every vote bundle (V10.1). */
export const VOTE_BUNDLE_TYPE = "chapterhouse-vote-bundle";
/** The format version this code writes and reads (V10.1). */
export const VOTE_BUNDLE_VERSION = 1;
/** Most documents one bundle may hold (V10.3). */
export const MAX_BUNDLE_DOCUMENTS = 100_000;
/** Most record texts one bundle may hold (V10.3). */
export const MAX_BUNDLE_RECORDS = 10_000_000;

/** The document types a vote bundle may hold, by their `type.name` (V10.2). */
export const VOTE_BUNDLE_DOCUMENT_TYPES: ReadonlyMap<string, DocumentType> = new Map<string, DocumentType>(
  [ORGANISATION_DOCUMENT, CHAPTER_DOCUMENT, PROPOSAL_DOCUMENT, BALLOT_BOX_DOCUMENT, ASSEMBLY_DOCUMENT].map((type) => [type.name, type as DocumentType]),
);

/** One document's records: per record map, each text under the key it is stored under, its id (V10.2). */
export interface VoteBundleDocument {
  readonly type: string;
  readonly url: DocumentUrl;
  readonly records: { readonly [map: string]: { readonly [key: string]: string } };
}

/** A decoded vote bundle (V10). */
export interface VoteBundle {
  /** The vote it is about: the proposal and the open record. */
  readonly vote: { readonly proposal: ProposalId; readonly open: RecordId };
  readonly documents: readonly VoteBundleDocument[];
}

/** Why a text is not a readable vote bundle (V10.4); the CLI exits 2. */
export class VoteBundleError extends Error {
  constructor(
    readonly code: "unreadable" | "not-a-bundle" | "unsupported-version" | "malformed" | "too-large",
    message: string,
  ) {
    super(message);
    this.name = "VoteBundleError";
  }
}

const DOCUMENT_URL = /^automerge:[1-9A-HJ-NP-Za-km-z]{1,64}$/;
const ID = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads a vote bundle (V10.1–V10.4) with the strict JSON reader (R1.4, R1.6). The record texts are
 * not judged here (that is the verifier's work, V9); only the container is checked.
 * @throws {VoteBundleError} if the text is not JSON, has a duplicate member name or nests deeper
 *   than R1.6 allows, is not a vote bundle, is of another version, or does not have the shape of V10.
 */
export function decodeVoteBundle(text: string): VoteBundle {
  let value: unknown;
  try {
    // Detached: the URLs and ids kept from a bundle must not keep its whole text alive.
    value = parseStrictJson(text, { detachStrings: true });
  } catch (error) {
    if (!(error instanceof StrictJsonError)) throw error;
    throw new VoteBundleError("unreadable", error.code === "not-json" ? `not JSON (a truncated or damaged file?): ${error.message}` : error.message);
  }
  if (!isPlainObject(value) || value.type !== VOTE_BUNDLE_TYPE) throw new VoteBundleError("not-a-bundle", `not a ${VOTE_BUNDLE_TYPE}`);
  if (value.v !== VOTE_BUNDLE_VERSION) throw new VoteBundleError("unsupported-version", `unsupported version ${JSON.stringify(value.v)}`);
  const members = Object.keys(value).sort().join(",");
  if (members !== "documents,type,v,vote") throw new VoteBundleError("malformed", `the bundle has members ${members}`);
  const vote = value.vote;
  if (!isPlainObject(vote) || Object.keys(vote).sort().join(",") !== "open,proposal" || !isId(vote.open) || !isId(vote.proposal))
    throw new VoteBundleError("malformed", "vote is not { open, proposal } with two record ids");
  const documents = value.documents;
  if (!Array.isArray(documents)) throw new VoteBundleError("malformed", "documents is not a list");
  if (documents.length > MAX_BUNDLE_DOCUMENTS) throw new VoteBundleError("too-large", `more than ${MAX_BUNDLE_DOCUMENTS} documents`);
  let total = 0;
  const read = (documents as unknown[]).map((document, i) => {
    const decoded = decodeDocument(document, `documents[${i}]`);
    for (const texts of Object.values(decoded.records)) total += Object.keys(texts).length;
    if (total > MAX_BUNDLE_RECORDS) throw new VoteBundleError("too-large", `more than ${MAX_BUNDLE_RECORDS} records`);
    return decoded;
  });
  return { vote: { proposal: vote.proposal as ProposalId, open: vote.open as RecordId }, documents: mergeDocuments(read) };
}

/** A record id as a vote bundle names it (V10.1: the vote's proposal and open). */
export function isId(value: unknown): value is string {
  return typeof value === "string" && ID.test(value);
}

/**
 * One element of a bundle's `documents` (V10.2) checked for the shape it must have, at `where`
 * (e.g. "documents[3]") in the bundle.
 * @throws {VoteBundleError} "malformed" naming what is wrong.
 */
export function decodeDocument(value: unknown, where: string): VoteBundleDocument {
  if (!isPlainObject(value) || Object.keys(value).sort().join(",") !== "records,type,url")
    throw new VoteBundleError("malformed", `${where} is not { type, url, records }`);
  const type = typeof value.type === "string" ? VOTE_BUNDLE_DOCUMENT_TYPES.get(value.type) : undefined;
  if (type === undefined) throw new VoteBundleError("malformed", `${where}.type is not one of ${[...VOTE_BUNDLE_DOCUMENT_TYPES.keys()].join(", ")}`);
  if (typeof value.url !== "string" || !DOCUMENT_URL.test(value.url)) throw new VoteBundleError("malformed", `${where}.url is not an automerge: document URL`);
  const records = value.records;
  if (!isPlainObject(records)) throw new VoteBundleError("malformed", `${where}.records is not an object`);
  const maps = new Set<string>(mapNames(type));
  for (const [map, texts] of Object.entries(records)) {
    if (!maps.has(map)) throw new VoteBundleError("malformed", `${where}.records.${map} is not a record map of a ${type.name} document`);
    if (!isPlainObject(texts) || !Object.values(texts).every((text) => typeof text === "string"))
      throw new VoteBundleError("malformed", `${where}.records.${map} is not an object of record texts by id`);
  }
  return { type: type.name, url: value.url as DocumentUrl, records: records as { [map: string]: { [key: string]: string } } };
}

/**
 * One entry per document (by type and URL; V10.2), the union of its maps' records; documents
 * sorted by type, then URL, keys by UTF-16 code units. Of two different texts under one key, the
 * one whose id is the key is kept (the other could never be accepted there, D3.4), else the
 * smaller. Merging bundles is concatenating their documents and calling this. Never throws.
 */
export function mergeDocuments(documents: readonly VoteBundleDocument[]): VoteBundleDocument[] {
  // What a writer writes (V10.2) is already merged: kept as it is, without copying every map.
  if (isMerged(documents)) return [...documents];
  const merged = new Map<string, { type: string; url: DocumentUrl; records: Map<string, Map<string, string>> }>();
  for (const document of documents) {
    const key = `${document.type} ${document.url}`;
    let entry = merged.get(key);
    if (entry === undefined) merged.set(key, (entry = { type: document.type, url: document.url, records: new Map() }));
    for (const [map, texts] of Object.entries(document.records)) {
      let held = entry.records.get(map);
      if (held === undefined) entry.records.set(map, (held = new Map<string, string>()));
      for (const [id, text] of Object.entries(texts)) {
        const other = held.get(id);
        held.set(id, other === undefined ? text : keptText(id, other, text));
      }
    }
  }
  return [...merged.values()]
    .sort((a, b) => byText(a.type, b.type) || byText(a.url, b.url))
    .map(({ type, url, records }) => ({
      type,
      url,
      records: Object.fromEntries(
        [...records.entries()].sort(([a], [b]) => byText(a, b)).map(([map, held]) => [map, Object.fromEntries([...held.entries()].sort(([a], [b]) => byText(a, b)))]),
      ),
    }));
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const strictlySorted = (keys: readonly string[]): boolean => keys.every((key, i) => i === 0 || keys[i - 1]! < key);

/** True when the documents are sorted by type, then URL, none twice, and every map and key sorted: `mergeDocuments` would give them back. */
function isMerged(documents: readonly VoteBundleDocument[]): boolean {
  return documents.every((document, i) => isMergedAfter(documents[i - 1], document));
}

/**
 * True when `document` may follow `previous` (undefined for the first) in a bundle that
 * `mergeDocuments` gives back as it is: after it by type, then URL, and its maps and keys sorted.
 */
export function isMergedAfter(previous: VoteBundleDocument | undefined, document: VoteBundleDocument): boolean {
  if (previous !== undefined && (byText(previous.type, document.type) || byText(previous.url, document.url)) >= 0) return false;
  return strictlySorted(Object.keys(document.records)) && Object.values(document.records).every((texts) => strictlySorted(Object.keys(texts)));
}

/**
 * Of two texts found under one key, the one a bundle keeps (V10.2): the one whose id (R3) is the
 * key (the other could never be accepted there, D3.4), else the smaller. Never throws.
 */
export function keptText(key: string, a: string, b: string): string {
  if (a === b) return a;
  const aFits = recordIdOf(a) === key;
  if (aFits !== (recordIdOf(b) === key)) return aFits ? a : b;
  return byText(a, b) <= 0 ? a : b;
}

/**
 * Writes a vote bundle as canonical JSON (R1; V10.1), its documents merged and sorted
 * (`mergeDocuments`), so the same records always give the same bytes.
 * @throws {CanonicalError} if a text holds a lone surrogate.
 */
export function encodeVoteBundle(bundle: VoteBundle): string {
  return canonicalize({
    type: VOTE_BUNDLE_TYPE,
    v: VOTE_BUNDLE_VERSION,
    vote: { proposal: bundle.vote.proposal, open: bundle.vote.open },
    documents: mergeDocuments(bundle.documents).map((document) => ({ type: document.type, url: document.url, records: document.records })),
  });
}
