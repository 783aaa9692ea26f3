/**
 * A chapter's library as a device shows it (PROTOCOL.md RS5): its valid resources newest first,
 * the folders and tags they use, and how many values of its `resources` map were refused, read
 * through the chokepoint with RS4 as the authorisation step (`readChapterMap`).
 */
import type { ChapterId } from "../records/ids.js";
import { readChapterMap, type ChapterJudge } from "../report/read-chapter-map.js";
import type { OrganisationSnapshots } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { judgeResources, type ChapterResource } from "./judge-resources.js";

/** A chapter's library (RS5.1). */
export interface ChapterLibrary {
  /** Newest first by `at`, then id; none removed (RS8). */
  readonly resources: readonly ChapterResource[];
  /** The resources their authors removed (RS8.3), newest first: not listed, still found by id. */
  readonly removed: readonly ChapterResource[];
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

/** The library made of `all`, a chapter's valid resources (RS5.1, RS8.3). Never throws. */
export function chapterLibrary(all: readonly ChapterResource[]): ChapterLibrary {
  const folders = new Set<string>();
  const tags = new Map<string, number>();
  const newest = [...all].sort((a, b) => b.at - a.at || byText(a.id, b.id));
  const resources = newest.filter((resource) => resource.removed === null);
  for (const resource of resources) {
    const names = resource.folder === "" ? [] : resource.folder.split("/");
    names.forEach((_, i) => folders.add(names.slice(0, i + 1).join("/")));
    for (const tag of resource.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  return {
    resources,
    removed: newest.filter((resource) => resource.removed !== null),
    folders: [...folders].sort(byText),
    tags: [...tags].sort(([a], [b]) => byText(a, b)).map(([tag, count]) => ({ tag, count })),
  };
}

/**
 * The library of `chapter` (empty when its document is not held).
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readLibrary(organisation: OrganisationSnapshots, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache): Promise<LibraryRead> {
  const judge: ChapterJudge<readonly ChapterResource[]> = (of, records, rosters) => {
    const judged = judgeResources(of, records, rosters);
    return { verdicts: judged.verdicts, shown: judged.resources };
  };
  const { shown, refused } = await readChapterMap(organisation, chapter, "resources", judge, [], verifier, verified);
  return { ...chapterLibrary(shown), refused };
}
