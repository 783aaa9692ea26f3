/**
 * Which documents make up one organisation on this device, for sync by file (DESIGN.md §7,
 * PROTOCOL.md B): its Organisation document, the Chapter document of every chapter its roster
 * knows, the Proposal documents those chapters list, the Ballot box documents of those
 * proposals' votes, and the Attachment documents of their libraries' files (RS3, so a file's
 * preview works offline on the device that reads the bundle); each only if this device holds it.
 *
 * A document URL is a write capability, and a file goes wherever the member carries it, so a
 * document is followed only from a record that passed the signature check (the chokepoint's
 * first half, `verifySnapshot`) and whose signer is a member of the organisation now: a
 * vandal's record cannot pull an unrelated document this device holds into the file.
 * Whether a proposal or a vote is *valid* is not decided here: the reader of the file judges
 * every record again (B5).
 */
import type { DocHandle, Repo } from "@automerge/automerge-repo";
import { snapshotDocument, verifySnapshot } from "@chapterhouse/crdt/chokepoint";
import { CHAPTER_DOCUMENT, PROPOSAL_DOCUMENT, type DocumentType } from "@chapterhouse/crdt/documents";
import type { Roster } from "@chapterhouse/crdt/membership";
import { parseProposalBody } from "@chapterhouse/crdt/proposals";
import { parseResourceBody, parseResourceChangeBody } from "@chapterhouse/crdt/resources";
import type { ChapterId, DocumentUrl, MemberKey, ParsedRecord } from "@chapterhouse/crdt/records";
import type { Verifier } from "@chapterhouse/crdt/verify";
import { parseVoteBody } from "@chapterhouse/crdt/votes";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { FIND_TIMEOUT_MS, heldHandle } from "./held-handle.js";

/** The document types an organisation's bundle holds. */
export type BundleDocumentKind = "organisation" | "chapter" | "proposal" | "ballot-box" | "attachment";

/** One document of the organisation that this device holds. */
export interface HeldDocument {
  readonly url: DocumentUrl;
  readonly kind: BundleDocumentKind;
  readonly handle: DocHandle<unknown>;
}

/** What `organisationDocuments` reads. */
export interface OrganisationDocumentsInput {
  readonly repo: Repo;
  /** The Organisation document. */
  readonly organisation: DocumentUrl;
  /** The organisation's roster as the membership fold gives it (OrganisationView.roster). */
  readonly roster: Roster;
  readonly verifier: Verifier;
  /** How long each find may wait for the network (default FIND_TIMEOUT_MS). */
  readonly timeoutMs?: number;
}

/** Every member key of every chapter of the roster. Pure. */
export function rosterMembers(roster: Roster): Set<MemberKey> {
  const keys = new Set<MemberKey>();
  for (const chapter of roster.chapters.values()) for (const key of chapter.members.keys()) keys.add(key);
  return keys;
}

/**
 * The Proposal documents named by `proposal` records of `chapter`'s document: well-formed
 * bodies (P2) naming that chapter, signed by one of `members`. Sorted, each once. Pure; never throws.
 */
export function proposalDocumentsOf(records: readonly ParsedRecord[], chapter: ChapterId, members: ReadonlySet<MemberKey>): DocumentUrl[] {
  const found = new Set<DocumentUrl>();
  for (const record of records) {
    const { kind, body, signer } = record.envelope;
    if (kind !== "proposal" || !members.has(signer)) continue;
    const parsed = parseProposalBody("proposal", body);
    if (parsed.ok && parsed.body.kind === "proposal" && parsed.body.chapter === chapter) found.add(parsed.body.document);
  }
  return [...found].sort();
}

/**
 * The Ballot box documents listed by the `open` records of a Proposal document: well-formed
 * bodies (V2) for a chapter of `roster`, signed by one of `members`. Sorted, each once. Pure;
 * never throws.
 */
export function ballotBoxDocumentsOf(records: readonly ParsedRecord[], roster: Roster, members: ReadonlySet<MemberKey>): DocumentUrl[] {
  const found = new Set<DocumentUrl>();
  for (const record of records) {
    const { kind, body, signer } = record.envelope;
    if (kind !== "open" || !members.has(signer)) continue;
    const parsed = parseVoteBody("open", body);
    if (!parsed.ok || parsed.body.kind !== "open" || !roster.chapters.has(parsed.body.chapter)) continue;
    for (const box of parsed.body.boxes.list) found.add(box.document);
  }
  return [...found].sort();
}

/**
 * The Attachment documents named by the files of `resource` records naming `chapter` and of
 * `resource-edit` records (RS1.4, RS7) in a chapter's library, each well formed and signed by one
 * of `members`. Whether the resource is valid is the reader's to judge (RS4). Sorted, each once.
 * Pure; never throws.
 */
export function attachmentDocumentsOf(records: readonly ParsedRecord[], chapter: ChapterId, members: ReadonlySet<MemberKey>): DocumentUrl[] {
  const found = new Set<DocumentUrl>();
  for (const record of records) {
    const { kind, body, signer } = record.envelope;
    if (!members.has(signer)) continue;
    if (kind === "resource") {
      const parsed = parseResourceBody(body);
      if (parsed.ok && parsed.body.chapter === chapter && parsed.body.file !== null) found.add(parsed.body.file.document);
    } else if (kind === "resource-edit") {
      const parsed = parseResourceChangeBody("resource-edit", body);
      if (parsed.ok && parsed.body.file !== null) found.add(parsed.body.file.document);
    }
  }
  return [...found].sort();
}

/**
 * The organisation's documents this device holds, in the order Organisation, Chapters (roster
 * order), Proposals, Ballot boxes, Attachments, each once. A document this device does not hold (still
 * arriving, or never received) is left out.
 * @throws whatever the verifier throws (a backend failure, not bad content).
 */
export async function organisationDocuments(input: OrganisationDocumentsInput): Promise<HeldDocument[]> {
  const { repo, roster, verifier } = input;
  const timeoutMs = input.timeoutMs ?? FIND_TIMEOUT_MS;
  const members = rosterMembers(roster);
  const held: HeldDocument[] = [];
  const seen = new Set<DocumentUrl>();
  const hold = async (url: DocumentUrl, kind: BundleDocumentKind): Promise<HeldDocument | undefined> => {
    if (seen.has(url)) return undefined;
    seen.add(url);
    const handle = await heldHandle(repo, documentIdOf(url), timeoutMs);
    if (handle === undefined) return undefined;
    const document = { url, kind, handle };
    held.push(document);
    return document;
  };
  const verifiedRecords = async <M extends string>(type: DocumentType<M>, handle: DocHandle<unknown>, map: M): Promise<readonly ParsedRecord[]> =>
    (await verifySnapshot(type, snapshotDocument(type, handle.doc()), verifier)).maps[map];

  if ((await hold(input.organisation, "organisation")) === undefined) return [];
  const chapters: { id: ChapterId; document: HeldDocument }[] = [];
  for (const chapter of roster.chapters.values()) {
    const document = await hold(chapter.document, "chapter");
    if (document !== undefined) chapters.push({ id: chapter.id, document });
  }
  const proposals: HeldDocument[] = [];
  for (const { id, document } of chapters) {
    const records = await verifiedRecords(CHAPTER_DOCUMENT, document.handle, "proposals");
    for (const url of proposalDocumentsOf(records, id, members)) {
      const proposal = await hold(url, "proposal");
      if (proposal !== undefined) proposals.push(proposal);
    }
  }
  for (const proposal of proposals) {
    const records = await verifiedRecords(PROPOSAL_DOCUMENT, proposal.handle, "votes");
    for (const url of ballotBoxDocumentsOf(records, roster, members)) await hold(url, "ballot-box");
  }
  for (const { id, document } of chapters) {
    const records = await verifiedRecords(CHAPTER_DOCUMENT, document.handle, "resources");
    for (const url of attachmentDocumentsOf(records, id, members)) await hold(url, "attachment");
  }
  return held;
}

