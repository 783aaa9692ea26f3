import type { DocHandle, Repo } from "@automerge/automerge-repo";
import {
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  snapshotDocument,
  type DocumentType,
  type DocumentUrl,
} from "@chapterhouse/crdt";
import { documentIdOf } from "../data/document-ids.js";
import type { OrganisationView } from "../organisation/organisation-session.js";
import type { LocatedSnapshot, OrganisationSnapshots } from "../organisation/read-organisation.js";

/** The Repo's handle of `url` if it is loaded and ready here, else undefined. Never throws. */
export function readyHandle<T = unknown>(repo: Repo, url: DocumentUrl): DocHandle<T> | undefined {
  const handle = repo.handles[documentIdOf(url)] as DocHandle<T> | undefined;
  return handle?.isReady() === true ? handle : undefined;
}

/** A snapshot (D5) of a ready document, or undefined. Never throws on content. */
export function snapshotOf(repo: Repo, url: DocumentUrl, type: DocumentType): LocatedSnapshot | undefined {
  const handle = readyHandle(repo, url);
  return handle === undefined ? undefined : { url, snapshot: snapshotDocument(type, handle.doc()) };
}

/**
 * Snapshots of an organisation's documents this device holds ready: its Organisation document and
 * the Chapter document of every chapter its roster knows (the organisation session has them open).
 * Undefined while the Organisation document is not ready. Never throws on content.
 */
export function organisationSnapshots(repo: Repo, view: OrganisationView): OrganisationSnapshots | undefined {
  const organisation = snapshotOf(repo, view.url, ORGANISATION_DOCUMENT);
  if (organisation === undefined) return undefined;
  const chapters: LocatedSnapshot[] = [];
  for (const chapter of view.roster.chapters.values()) {
    const snapshot = snapshotOf(repo, chapter.document, CHAPTER_DOCUMENT);
    if (snapshot !== undefined) chapters.push(snapshot);
  }
  return { organisation, chapters };
}
