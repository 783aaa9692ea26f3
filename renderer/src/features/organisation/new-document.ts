import * as A from "@automerge/automerge";
import type { DocHandle, Repo } from "@automerge/automerge-repo";
import { createChapterDoc, createOrganisationDoc, type ChapterDoc, type OrganisationDoc } from "@chapterhouse/crdt";

/**
 * A new Organisation document in the Repo (a fresh random id), laid out by the core's
 * constructor (PROTOCOL.md D1) so every device reads the same maps.
 */
export function newOrganisationDocument(repo: Repo): DocHandle<OrganisationDoc> {
  return repo.import<OrganisationDoc>(A.save(createOrganisationDoc()));
}

/** A new Chapter document in the Repo (a fresh random id), laid out by the core's constructor. */
export function newChapterDocument(repo: Repo): DocHandle<ChapterDoc> {
  return repo.import<ChapterDoc>(A.save(createChapterDoc()));
}
