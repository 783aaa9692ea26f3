/**
 * What the organisation feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * an organisation as the membership fold sees it — computed once per change of its documents
 * (the key is every document's heads) and shared by every screen and handler that asks — and the
 * member's Home document (D4.1).
 */
import { CHAPTER_DOCUMENT, HOME_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import { homeAuthorise, homeEntries, type HomeEntries } from "@chapterhouse/crdt/home";
import { summariseFold } from "@chapterhouse/crdt/membership";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isMemberKey, isObjectOf, isSafeInteger, isString, type Guard } from "../../shared/worker/guard.js";
import { handler } from "../../shared/worker/handler.js";
import { signedRecords, withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";
import { MAX_ROSTER_HEADS } from "@chapterhouse/crdt/votes";
import { readOrganisation, type OrganisationRead, type OrganisationReadPart, type SentOrganisationRead, type ShownOrganisationRead } from "./read-organisation.js";
import { RosterVersions, isRosterPart } from "./sent-roster.js";

/**
 * The organisation read of `documents` at the heads the worker holds: the fold, computed once
 * per change and shared (the worker's membership-fold cache).
 * @throws {MirrorMissing} if a document is not held in the worker; whatever the verifier throws.
 */
export function organisationRead(context: WorkerContext, documents: { readonly organisation: DocumentUrl; readonly chapters: readonly DocumentUrl[] }): Promise<OrganisationRead & { readonly key: string }> {
  const chapters = [...new Set(documents.chapters)].sort();
  const urls = [documents.organisation, ...chapters];
  const key = `organisation ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, async () => {
      const signed = [];
      for (const url of urls) signed.push({ url, type: url === documents.organisation ? ORGANISATION_DOCUMENT : CHAPTER_DOCUMENT, read: await signedRecords(context, url) });
      return { key, ...readOrganisation(signed) };
    }),
  ) as Promise<OrganisationRead & { readonly key: string }>;
}

/**
 * What the page is sent of an organisation read: the fold's summary in place of the fold (its
 * accepted records stay here: every member's grant, a 100,000-member organisation's were most of
 * an answer the page took seconds to deserialise, in one task), made once per read.
 */
export function shownOrganisationRead(context: WorkerContext, documents: { readonly organisation: DocumentUrl; readonly chapters: readonly DocumentUrl[] }): Promise<ShownOrganisationRead & { readonly key: string }> {
  return organisationRead(context, documents).then(
    (read) => context.results.get(`shown ${read.key}`, () => Promise.resolve({ ...read, fold: summariseFold(read.fold, MAX_ROSTER_HEADS) })) as Promise<ShownOrganisationRead & { readonly key: string }>,
  );
}

/** The roster chapter versions a page holds (`KeptRoster.versions`); absent, none. */
const isKnownVersions: Guard<readonly string[] | undefined> = (value): value is readonly string[] | undefined => value === undefined || isArrayOf(isString)(value);

/** The documents of an organisation a read rests on: its Organisation document and the Chapter documents held. */
const isOrganisationDocuments = isObjectOf({ organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl) });

/** The most of the roster one answer may carry whole (`RosterVersions.send`); absent, all of it. */
const isMost: Guard<number | undefined> = (value): value is number | undefined => value === undefined || (isSafeInteger(value) && value > 0);

/**
 * A read of an organisation: its documents, the roster chapter versions the page holds (none if
 * absent), and the most of the roster the answer may carry whole (its chapters' `chapterWeight`;
 * absent, the whole roster).
 */
export interface OrganisationRequest {
  readonly organisation: DocumentUrl;
  readonly chapters: readonly DocumentUrl[];
  readonly known?: readonly string[];
  readonly most?: number;
}

/** An `OrganisationRequest`. */
export const isOrganisationRequest: Guard<OrganisationRequest> = (value): value is OrganisationRequest =>
  isOrganisationDocuments(value) && isKnownVersions((value as { readonly known?: unknown }).known) && isMost((value as { readonly most?: unknown }).most);

/** The chapter versions of each worker context (one per worker, one more if the page takes over). */
const rosterVersions = new WeakMap<WorkerContext, RosterVersions>();

/**
 * What the page is sent of an organisation read: the shown read with its roster sent by chapter,
 * the chapters whose version the page holds by version alone, and past the request's `most`, the
 * chapters it does not hold withheld (`SentRoster`) — such a part carries its roster alone
 * (`OrganisationReadPart`), the rest of the read comes with the answer that withholds nothing.
 */
export async function sentOrganisationRead(context: WorkerContext, request: OrganisationRequest): Promise<SentOrganisationRead | OrganisationReadPart> {
  const read = await shownOrganisationRead(context, request);
  let versions = rosterVersions.get(context);
  if (versions === undefined) rosterVersions.set(context, (versions = new RosterVersions()));
  const { roster, ...fold } = read.fold;
  const sent = versions.send(request.organisation, roster, new Set(request.known ?? []), request.most);
  if (isRosterPart(sent)) return { key: read.key, roster: sent };
  return { ...read, fold, roster: sent };
}

/** The organisation feature's handlers. */
export const organisationHandlers = {
  /** An organisation through the chokepoint and the membership fold (M2.1, the fold summarised, the roster's chapters the page holds not sent again), names included (M14). */
  readOrganisation: handler(isOrganisationRequest, (request, context: WorkerContext) => sentOrganisationRead(context, request)),

  /** The member's organisations and chapters from their Home document (D4.1: only their own entries count). */
  readHome: handler(isObjectOf({ document: isDocumentUrl, member: isMemberKey }), ({ document, member }, context: WorkerContext): Promise<HomeEntries> =>
    withVerifiedIds(context, [document], async () => {
      if (context.mirrors.type(document) !== HOME_DOCUMENT) throw new TypeError(`${document} is not a Home document`);
      const { accepted } = await homeAuthorise(member)((await signedRecords(context, document)).records);
      return homeEntries(accepted);
    }),
  ),
};
