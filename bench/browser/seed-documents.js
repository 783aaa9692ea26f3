// Documents written in Node for the renderer bench: each one's records gathered per map, then
// saved (all records added in one change, as a device that received them would hold them) and
// imported into a Repo (the relay's) under an id chosen up front, since signed records name
// document URLs before the documents exist. The same records also form the vote bundle that the
// Node floor verifies.
import * as A from "@automerge/automerge";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { addRecord } from "@chapterhouse/crdt/documents";
import { mergeDocuments } from "@chapterhouse/crdt/report";

/** A growing set of documents of known types. Each instance owns its state. */
export class SeedDocuments {
  #documents = new Map();

  /**
   * Reserves a document of `type` (a crdt document type) made by `create` (its constructor,
   * e.g. `() => createChapterDoc()`), at `url` (default: a new, valid automerge URL); returns the URL.
   */
  create(type, create, url = generateAutomergeUrl()) {
    this.#documents.set(url, { type, create, records: new Map() });
    return url;
  }

  /** Puts signed records (`{ id, text }`) into a record map of a reserved document. Throws for an unknown URL. */
  put(url, map, records) {
    const document = this.#documents.get(url);
    if (document === undefined) throw new Error(`no document ${url}`);
    let held = document.records.get(map);
    if (held === undefined) document.records.set(map, (held = new Map()));
    for (const record of records) held.set(record.id, record.text);
  }

  /** Each document saved: `{ type, url, bytes }`. */
  save() {
    return [...this.#documents].map(([url, { type, create, records }]) => {
      const doc = A.change(create(), { message: "bench seed", time: undefined }, (d) => {
        for (const [map, texts] of records) for (const [id, text] of texts) addRecord(d[map], { id, text });
      });
      return { type, url, bytes: A.save(doc) };
    });
  }

  /** Imports every saved document into `repo` under its reserved id; returns the bytes imported. */
  importInto(repo, saved = this.save()) {
    return importSaved(repo, saved);
  }

  /** The documents as a vote bundle holds them (PROTOCOL.md V10.2). */
  bundleDocuments() {
    return mergeDocuments(
      [...this.#documents].map(([url, { type, records }]) => ({
        type: type.name,
        url,
        records: Object.fromEntries([...records].map(([map, texts]) => [map, Object.fromEntries(texts)])),
      })),
    );
  }
}

/** Imports saved documents (`{ url, bytes }`) into `repo` under their URLs; returns the bytes imported. */
export function importSaved(repo, saved) {
  let bytes = 0;
  for (const document of saved) {
    repo.import(document.bytes, { docId: parseAutomergeUrl(document.url).documentId });
    bytes += document.bytes.length;
  }
  return bytes;
}
