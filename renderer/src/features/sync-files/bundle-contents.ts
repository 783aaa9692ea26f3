/**
 * What a bundle holds, for the member: documents by kind, counted and described in words.
 */
import type { BundleDocumentKind } from "./organisation-documents.js";

/** A document's kind as far as this app can tell; "other" for any document it does not recognise. */
export type DocumentKind = BundleDocumentKind | "other";

/** How many documents of each kind. */
export type KindCounts = Readonly<Record<DocumentKind, number>>;

const NAMES: Readonly<Record<DocumentKind, readonly [string, string]>> = {
  organisation: ["organisation", "organisations"],
  chapter: ["chapter", "chapters"],
  proposal: ["proposal", "proposals"],
  "ballot-box": ["ballot box", "ballot boxes"],
  other: ["other document", "other documents"],
};

const ORDER: readonly DocumentKind[] = ["organisation", "chapter", "proposal", "ballot-box", "other"];

/** The kind of one document in words, singular. Pure. */
export function kindName(kind: DocumentKind): string {
  return NAMES[kind][0];
}

/** Counts `items` by kind. Pure. */
export function countKinds(items: Iterable<{ readonly kind: DocumentKind }>): KindCounts {
  const counts: Record<DocumentKind, number> = { organisation: 0, chapter: 0, proposal: 0, "ballot-box": 0, other: 0 };
  for (const item of items) counts[item.kind]++;
  return counts;
}

/** E.g. "1 organisation, 2 chapters and 3 ballot boxes"; "no documents" when all are 0. Pure. */
export function describeCounts(counts: KindCounts): string {
  const parts = ORDER.filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${NAMES[kind][counts[kind] === 1 ? 0 : 1]}`);
  if (parts.length === 0) return "no documents";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)!}`;
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
  return "other";
}
