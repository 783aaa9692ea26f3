/**
 * A chapter's library as a device shows it (PROTOCOL.md RS5): its valid resources newest first,
 * the folders and tags they use, and how many values of its `resources` map were refused. Read
 * through the chokepoint from plain snapshots (D5) as events are: pass 1 the organisation's
 * rosters, pass 2 the chapter's document with RS4 as the authorisation step (D3.8).
 */
import { readSnapshot } from "../chokepoint/read-document.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import type { ChapterId } from "../records/ids.js";
import { organisationDocuments, signedRecordsOf, type OrganisationSnapshots } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { judgeResources, type ChapterResource } from "./judge-resources.js";

/** A chapter's library (RS5.1). */
export interface ChapterLibrary {
  /** Newest first by `at`, then id. */
  readonly resources: readonly ChapterResource[];
  /** Every folder path used and each one's parents, sorted. */
  readonly folders: readonly string[];
  /** Each tag with how many resources carry it, by tag. */
  readonly tags: readonly { readonly tag: string; readonly count: number }[];
}

/** What reading a chapter's library gives. */
export interface LibraryRead extends ChapterLibrary {
  /** Values of the `resources` map not listed: forged, damaged, or refused by RS4 (RS5.2). */
  readonly refused: number;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The library made of `resources`, a chapter's valid ones (RS5.1). Never throws. */
export function chapterLibrary(resources: readonly ChapterResource[]): ChapterLibrary {
  const folders = new Set<string>();
  const tags = new Map<string, number>();
  for (const resource of resources) {
    const names = resource.folder === "" ? [] : resource.folder.split("/");
    names.forEach((_, i) => folders.add(names.slice(0, i + 1).join("/")));
    for (const tag of resource.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  return {
    resources: [...resources].sort((a, b) => b.at - a.at || byText(a.id, b.id)),
    folders: [...folders].sort(byText),
    tags: [...tags].sort(([a], [b]) => byText(a, b)).map(([tag, count]) => ({ tag, count })),
  };
}

/**
 * The library of `chapter` (empty when its document is not held).
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readLibrary(organisation: OrganisationSnapshots, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache): Promise<LibraryRead> {
  const { rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  const document = rosters.foldAll().roster.chapters.get(chapter)?.document;
  const snapshot = organisation.chapters.find((entry) => entry.url === document)?.snapshot;
  if (snapshot === undefined) return { ...chapterLibrary([]), refused: 0 };
  let resources: readonly ChapterResource[] = [];
  const read = await readSnapshot(CHAPTER_DOCUMENT, snapshot, verifier, {
    verified,
    authorise: (records) => {
      const judged = judgeResources(chapter, records, rosters);
      resources = judged.resources;
      return { accepted: records.filter((record) => judged.verdicts.get(record.id)?.status === "valid"), rejections: [] };
    },
  });
  return { ...chapterLibrary(resources), refused: read.rejections.filter((rejection) => rejection.map === "resources").length };
}
