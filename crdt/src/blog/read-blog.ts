/**
 * Reading the organisation's blogs and one post's pages through the chokepoint (PROTOCOL.md D3,
 * BL), from plain snapshots (D5). Pass 1 reads the organisation's documents — what is a signed
 * record, and where — for the rosters every record is judged in (BL1.4) and for each chapter's
 * `posts`, decisions and proposals; the blog rules judge those (BL1–BL4); a post's pages are read
 * with the chat rules (BL5).
 */
import { ownOriginAuthorise } from "../chat/own-origin-authorise.js";
import { readRoomPages, type PageSnapshot, type RoomRead } from "../chat/read-room.js";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import {
  organisationDocuments,
  signedRecordsOf,
  type OrganisationSnapshots,
  type SignedRead,
} from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { judgeBlog, type Blog, type BlogChapter, type BlogPost } from "./judge-blog.js";
import { postRoom } from "./post-room.js";

/** A post read: its room's pages (BL5), and the post as the blog lists it (null when not a valid post). */
export interface PostRead extends RoomRead {
  readonly post: BlogPost | null;
}

/** The blogs of every chapter whose Chapter document is given, and the creation record of each valid post. */
async function organisationBlog(
  organisation: OrganisationSnapshots,
  verifier: Verifier,
  verified: VerifiedIdCache,
  read?: SignedRead,
) {
  const { held, placed, rosters } = await signedRecordsOf(
    organisationDocuments(organisation),
    verifier,
    verified,
    read,
  );
  const chapters: BlogChapter[] = [];
  for (const [chapter, entry] of rosters.foldAll().roster.chapters) {
    const ids = placed.get(entry.document);
    if (ids === undefined || !organisation.chapters.some((located) => located.url === entry.document))
      continue;
    // D4: kinds are disjoint across a Chapter document's maps, so a record's kind says which map held it.
    const records = [...ids].map((id) => held.get(id)!);
    const ofKind = (kind: string) => records.filter((record) => record.envelope.kind === kind);
    chapters.push({
      chapter,
      posts: records,
      decisions: new Map(ofKind("decision").map((record) => [record.id, record])),
      proposals: new Map(ofKind("proposal").map((record) => [record.id, record])),
    });
  }
  return { blog: judgeBlog(chapters, rosters), held, rosters };
}

/**
 * The blogs of the organisation's chapters (BL6): every valid post newest first, with the shares
 * and adoptions of each lesson; and every blog record's verdict, by the chapter holding it.
 * `read`: pass 1's read of each document (default: the chokepoint with `acceptAll`; a device
 * that keeps that read per document gives it, as for `readProposals`, `SignedRead`).
 * @throws whatever the verifier or `read` throws (a backend failure); never on document content.
 */
export async function readBlog(
  organisation: OrganisationSnapshots,
  verifier: Verifier,
  verified: VerifiedIdCache,
  read?: SignedRead,
): Promise<Blog> {
  return (await organisationBlog(organisation, verifier, verified, read)).blog;
}

/**
 * The post `id` and what the pages given show (BL5, CH9, CH10), as `readRoom` reads a room: the
 * messages of pages below `from` are left out of the timeline. `read`: as for `readBlog`.
 * @throws whatever the verifier or `read` throws (a backend failure); never on document content.
 */
export async function readPost(
  organisation: OrganisationSnapshots,
  id: RecordId,
  pages: readonly PageSnapshot[],
  from: number,
  verifier: Verifier,
  verified: VerifiedIdCache,
  read?: SignedRead,
): Promise<PostRead> {
  const { blog, held, rosters } = await organisationBlog(organisation, verifier, verified, read);
  const post = blog.posts.find((entry) => entry.id === id) ?? null;
  const creation: ParsedRecord | undefined = post === null ? undefined : held.get(id);
  return {
    ...(await readRoomPages(
      post === null ? null : postRoom(post),
      creation,
      pages,
      from,
      rosters,
      verifier,
      verified,
      ownOriginAuthorise("post"),
    )),
    post,
  };
}
