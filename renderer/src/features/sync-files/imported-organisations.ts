/**
 * After an import: the organisations whose Organisation documents came in the file, opened in
 * the member's space and read through the chokepoint and the membership fold like any other
 * arrival, so the member can go to them. An organisation the member's Home does not list has
 * no known root: the one root chapter the fold finds (a genesis with no parent) becomes the
 * session's focus, so its chapter documents are opened too.
 */
import type { Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import type { MemberSpace } from "../organisation/index.js";
import type { MergedDocument } from "./merge-bundle.js";

/** How long to wait for an imported organisation's first read. */
export const IMPORTED_READ_TIMEOUT_MS = 15_000;

/** An organisation that came in a file, as the fold reads it. */
export interface ImportedOrganisation {
  readonly url: DocumentUrl;
  /** Its root chapter, if the fold found exactly one (or the member's Home names it). */
  readonly root: ChapterId | undefined;
  /** The root chapter's name (the organisation's), once read. */
  readonly name: string | undefined;
}

/** The chapters of `roster` with no parent, sorted by id. Pure. */
export function rootChapters(roster: Roster): ChapterId[] {
  return [...roster.chapters.values()].filter((chapter) => chapter.parent === null).map((chapter) => chapter.id).sort();
}

/**
 * Opens each merged document that looks like an Organisation document and waits (up to
 * `timeoutMs`) for its first read. Never rejects: an organisation not read in time is listed
 * with what is known.
 */
export async function openImportedOrganisations(
  space: MemberSpace,
  merged: readonly MergedDocument[],
  timeoutMs = IMPORTED_READ_TIMEOUT_MS,
): Promise<ImportedOrganisation[]> {
  const opened: ImportedOrganisation[] = [];
  for (const document of merged) {
    if (document.kind !== "organisation") continue;
    const url = documentUrlOf(document.documentId);
    const session = space.organisation(url);
    const view = await session
      .until((v) => v.state !== "loading" && v.fold !== undefined, `the organisation ${url} was not read in time`, timeoutMs)
      .catch(() => session.view.get());
    const roots = rootChapters(view.roster);
    const root = view.root ?? (roots.length === 1 ? roots[0] : undefined);
    if (root !== undefined && view.root === undefined) space.organisation(url, { focus: root });
    opened.push({ url, root, name: root === undefined ? undefined : view.roster.chapters.get(root)?.name });
  }
  return opened;
}
