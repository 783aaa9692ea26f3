/**
 * What a bundle holds, for the member: documents by kind, counted (the screens say it in words).
 */
import type { BundleDocumentKind } from "./organisation-documents.js";

/** A document's kind as far as this app can tell; "other" for any document it does not recognise. */
export type DocumentKind = BundleDocumentKind | "other";

/** How many documents of each kind. */
export type KindCounts = Readonly<Record<DocumentKind, number>>;

/** The kinds in the order the screens list them. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = ["organisation", "chapter", "proposal", "ballot-box", "attachment", "other"];

/** Counts `items` by kind. Pure. */
export function countKinds(items: Iterable<{ readonly kind: DocumentKind }>): KindCounts {
  const counts: Record<DocumentKind, number> = { organisation: 0, chapter: 0, proposal: 0, "ballot-box": 0, attachment: 0, other: 0 };
  for (const item of items) counts[item.kind]++;
  return counts;
}

/**
 * The kind a document looks like from its top-level record maps (PROTOCOL.md D1): display only,
 * never trusted (what a document holds is judged by the chokepoint when it is read). Never throws.
 */
export function guessKind(doc: unknown): DocumentKind {
  if (typeof doc !== "object" || doc === null) return "other";
  const has = (key: string) => {
    try {
      return Object.prototype.hasOwnProperty.call(doc, key);
    } catch {
      return false;
    }
  };
  if (has("chapters") && !has("organisations")) return "organisation";
  if (has("governance")) return "chapter";
  if (has("origin") || has("versions")) return "proposal";
  if (has("ballots")) return "ballot-box";
  if (has("bytes")) return "attachment";
  return "other";
}
