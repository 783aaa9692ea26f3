import type { DocHandle, Repo } from "@automerge/automerge-repo";
import {
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  type DocumentType,
  type DocumentUrl,
} from "@chapterhouse/crdt";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { SnapshotCache, SnapshotRequest } from "../../shared/documents/snapshot-cache.js";
import type { OrganisationView } from "../organisation/index.js";
import type { LocatedSnapshot, OrganisationSnapshots } from "../organisation/index.js";

/** The Repo's handle of `url` if it is loaded and ready here, else undefined. Never throws. */
export function readyHandle<T = unknown>(repo: Repo, url: DocumentUrl): DocHandle<T> | undefined {
  const handle = repo.handles[documentIdOf(url)] as DocHandle<T> | undefined;
  return handle?.isReady() === true ? handle : undefined;
}

/** The ready handle of each of `documents`, as snapshot requests; documents not ready here are left out. */
function readyRequests(repo: Repo, documents: readonly { url: DocumentUrl; type: DocumentType }[]): SnapshotRequest[] {
  return documents.flatMap(({ url, type }) => {
    const handle = readyHandle(repo, url);
    return handle === undefined ? [] : [{ url, type, handle }];
  });
}

/**
 * Snapshots (D5) of those of `documents` ready here, in order, through `cache` (a document
 * unchanged since its last snapshot is not walked again; the page yields between the others).
 * Never throws on content.
 */
export async function snapshotsOf(
  repo: Repo,
  cache: SnapshotCache,
  documents: readonly { url: DocumentUrl; type: DocumentType }[],
): Promise<LocatedSnapshot[]> {
  const requests = readyRequests(repo, documents);
  const snapshots = await cache.snapshotAll(requests);
  return requests.map(({ url }, i) => ({ url, snapshot: snapshots[i]! }));
}

/**
 * Snapshots of an organisation's documents this device holds ready: its Organisation document and
 * the Chapter document of every chapter its roster knows (the organisation session has them open).
 * Undefined while the Organisation document is not ready. Never throws on content.
 */
export async function organisationSnapshots(
  repo: Repo,
  view: OrganisationView,
  cache: SnapshotCache,
): Promise<OrganisationSnapshots | undefined> {
  if (readyHandle(repo, view.url) === undefined) return undefined;
  const chapters = [...view.roster.chapters.values()].map((chapter) => ({ url: chapter.document, type: CHAPTER_DOCUMENT }));
  const [organisation, ...rest] = await snapshotsOf(repo, cache, [{ url: view.url, type: ORGANISATION_DOCUMENT }, ...chapters]);
  // The Organisation document was ready a moment ago; a handle does not become unready.
  if (organisation?.url !== view.url) return undefined;
  return { organisation, chapters: rest };
}
