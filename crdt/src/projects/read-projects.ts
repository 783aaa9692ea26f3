/**
 * A chapter's projects as a device shows them (PROTOCOL.md PJ6): its valid projects newest first,
 * each with its members, tasks and progress, and how many values of its `projects` map were
 * refused, read through the chokepoint with PJ1–PJ5 as the authorisation step (`readChapterMap`).
 */
import type { ChapterId } from "../records/ids.js";
import { readChapterMap } from "../report/read-chapter-map.js";
import type { OrganisationSnapshots } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { judgeProjects, type ChapterProject } from "./judge-projects.js";

/** What reading a chapter's projects gives. */
export interface ProjectsRead {
  /** Newest first (PJ6.1). */
  readonly projects: readonly ChapterProject[];
  /** Values of the `projects` map not shown: forged, damaged, or refused by PJ1–PJ5 (PJ6.2). */
  readonly refused: number;
}

/**
 * The projects of `chapter` (none when its document is not held).
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readProjects(organisation: OrganisationSnapshots, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache): Promise<ProjectsRead> {
  const { shown, refused } = await readChapterMap(
    organisation,
    chapter,
    "projects",
    (of, records, rosters) => {
      const judged = judgeProjects(of, records, rosters);
      return { verdicts: judged.verdicts, shown: judged.projects };
    },
    [] as readonly ChapterProject[],
    verifier,
    verified,
  );
  return { projects: shown, refused };
}
