/** Collects signed records by the document and map they belong in, and writes them as a vote bundle (PROTOCOL.md V10). */
import type { DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { mergeDocuments, type VoteBundle } from "../report/vote-bundle.js";

/** A growing set of documents' records. Each instance owns its state. */
export class BundleWriter {
  readonly #documents = new Map<string, { type: string; url: DocumentUrl; records: Map<string, Map<string, string>> }>();

  /**
   * Puts a record into a document's record map under its id; or any text under any key (tests of
   * junk). Never throws.
   */
  put(type: string, url: DocumentUrl, map: string, record: ParsedRecord | { key: string; text: string }): void {
    const key = `${type} ${url}`;
    let document = this.#documents.get(key);
    if (document === undefined) this.#documents.set(key, (document = { type, url, records: new Map() }));
    let texts = document.records.get(map);
    if (texts === undefined) document.records.set(map, (texts = new Map<string, string>()));
    texts.set("id" in record ? record.id : record.key, record.text);
  }

  /** The vote bundle of everything put so far, about `vote`. Never throws. */
  bundle(vote: { proposal: ProposalId; open: RecordId }): VoteBundle {
    const documents = [...this.#documents.values()].map(({ type, url, records }) => ({
      type,
      url,
      records: Object.fromEntries([...records].map(([map, texts]) => [map, Object.fromEntries(texts)])),
    }));
    return { vote, documents: mergeDocuments(documents) };
  }
}
