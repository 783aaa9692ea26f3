/**
 * One reader per document type (PROTOCOL.md D3): the chokepoint with that type's maps and
 * kinds. Each takes the authorisation step as a parameter: for Chapter and Organisation
 * documents the membership fold, for the others whatever authority that document needs.
 * All of them never throw on bad content; each throws only what its verifier or its
 * authorise step throws.
 */
import type { Doc } from "@automerge/automerge";
import { BALLOT_BOX_DOCUMENT, type BallotBoxDoc } from "../documents/ballot-box.js";
import { CHAPTER_DOCUMENT, type ChapterDoc } from "../documents/chapter.js";
import { CONVERSATION_DOCUMENT, type ConversationDoc } from "../documents/conversation.js";
import { HOME_DOCUMENT, type HomeDoc } from "../documents/home.js";
import { ORGANISATION_DOCUMENT, type OrganisationDoc } from "../documents/organisation.js";
import { PROFILE_DOCUMENT, type ProfileDoc } from "../documents/profile.js";
import { PROPOSAL_DOCUMENT, type ProposalDoc } from "../documents/proposal.js";
import { THREAD_DOCUMENT, type ThreadDoc } from "../documents/thread.js";
import type { Verifier } from "../verify/verifier.js";
import { readDocument, type DocumentRead, type DocumentReadOptions } from "./read-document.js";

type MapsOf<D> = Exclude<keyof D, "schema" | "unsigned"> & string;

/** Reads an Organisation document's chapter directory through the chokepoint. */
export function readOrganisationRecords(doc: Doc<OrganisationDoc>, verifier: Verifier, options: DocumentReadOptions): Promise<DocumentRead<MapsOf<OrganisationDoc>>> {
  return readDocument(ORGANISATION_DOCUMENT, doc, verifier, options);
}

/** Reads a Chapter document's records through the chokepoint. */
export function readChapterRecords(doc: Doc<ChapterDoc>, verifier: Verifier, options: DocumentReadOptions): Promise<DocumentRead<MapsOf<ChapterDoc>>> {
  return readDocument(CHAPTER_DOCUMENT, doc, verifier, options);
}

/** Reads a Proposal document's records through the chokepoint (not its unsigned draft). */
export function readProposalRecords(doc: Doc<ProposalDoc>, verifier: Verifier, options: DocumentReadOptions): Promise<DocumentRead<MapsOf<ProposalDoc>>> {
  return readDocument(PROPOSAL_DOCUMENT, doc, verifier, options);
}

/** Reads a Ballot box document's ballots through the chokepoint. */
export function readBallotBoxRecords(doc: Doc<BallotBoxDoc>, verifier: Verifier, options: DocumentReadOptions): Promise<DocumentRead<MapsOf<BallotBoxDoc>>> {
  return readDocument(BALLOT_BOX_DOCUMENT, doc, verifier, options);
}

/** Reads a Home document's links through the chokepoint. */
export function readHomeRecords(doc: Doc<HomeDoc>, verifier: Verifier, options: DocumentReadOptions): Promise<DocumentRead<MapsOf<HomeDoc>>> {
  return readDocument(HOME_DOCUMENT, doc, verifier, options);
}

/** Reads a Thread document's records through the chokepoint. */
export function readThreadRecords(doc: Doc<ThreadDoc>, verifier: Verifier, options: DocumentReadOptions): Promise<DocumentRead<MapsOf<ThreadDoc>>> {
  return readDocument(THREAD_DOCUMENT, doc, verifier, options);
}

/** Reads a Profile document's records through the chokepoint. */
export function readProfileRecords(doc: Doc<ProfileDoc>, verifier: Verifier, options: DocumentReadOptions): Promise<DocumentRead<MapsOf<ProfileDoc>>> {
  return readDocument(PROFILE_DOCUMENT, doc, verifier, options);
}

/** Reads a Conversation document's records through the chokepoint (bodies stay encrypted). */
export function readConversationRecords(doc: Doc<ConversationDoc>, verifier: Verifier, options: DocumentReadOptions): Promise<DocumentRead<MapsOf<ConversationDoc>>> {
  return readDocument(CONVERSATION_DOCUMENT, doc, verifier, options);
}
