/**
 * What a member does to a chapter's library (PROTOCOL.md RS): add a resource (RS1, RS3: a file's
 * bytes first go into an Attachment document of their own, then the `resource` naming it, its size
 * and its SHA-256 is signed citing the member's membership, RS4.2), edit one as its author or a
 * moderator (RS7, citing the versions it replaces), remove one's own (RS8), and — a moderator —
 * hide one with a reason or show it again (RS9, a copy into the moderation log, MOD2.1.1). Each
 * writes into the Chapter document's `resources` and throws a ResourceProblem the member can act on.
 */
import * as A from "@automerge/automerge";
import { ATTACHMENT_DOCUMENT, createAttachmentDoc } from "@chapterhouse/crdt/documents";
import { hashBytes } from "@chapterhouse/crdt/encoding";
import { depsWithFrontier, memberGrant } from "@chapterhouse/crdt/membership";
import { moderatorDeps } from "@chapterhouse/crdt/chat";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import {
  parseResourceBody,
  parseResourceChangeBody,
  resourceDraft,
  resourceEditDraft,
  resourceHideDraft,
  resourceRemoveDraft,
  type ChapterResource,
  type ResourceFile,
  type ResourceFileProblem,
  type ResourceFileType,
} from "@chapterhouse/crdt/resources";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { chosenFileProblem, typeOfChosen, type ChosenFile } from "./resource-input.js";

/** Why a resource was refused before signing, for the screen's words (`problems.<code>`, with `detail`). */
export class ResourceProblem extends Error {
  constructor(
    readonly code: ResourceFileProblem["code"] | "not-member" | "invalid" | "not-allowed" | "no-reason",
    message: string,
    readonly detail: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = "ResourceProblem";
  }
}

/** What the form gives: a link or a file, never both. */
export interface ResourceInput {
  readonly chapter: ChapterId;
  readonly title: string;
  readonly description: string;
  readonly folder: string;
  readonly tags: readonly string[];
  readonly link: string | null;
  readonly file: ChosenFile | null;
}

/** The file as the body names it: its facts, and its Attachment document made only with `make`, once the body passed (RS3.1). */
function fileOf(space: MemberSpace, organisation: OpenOrganisation, chosen: ChosenFile, make?: "make"): ResourceFile {
  const facts = { name: chosen.name, type: typeOfChosen(chosen) as ResourceFileType, size: chosen.bytes.length, hash: hashBytes(chosen.bytes) };
  const document = make === "make" ? space.documents.create(ATTACHMENT_DOCUMENT, A.save(createAttachmentDoc(chosen.bytes)), organisation.url) : ("automerge:1" as DocumentUrl);
  return { ...facts, document };
}

/**
 * Adds `input` to its chapter's library; returns the resource's id.
 * @throws {ResourceProblem} when the file may not be attached (RS2, with its reason), the member is
 *   not a member of the chapter or one below it, or the body breaks RS1 (its detail).
 */
export async function addResource(space: MemberSpace, organisation: OpenOrganisation, input: ResourceInput): Promise<RecordId> {
  const bad = input.file === null ? undefined : chosenFileProblem(input.file);
  if (bad !== undefined) throw new ResourceProblem(bad.code, `the file may not be attached: ${bad.code}`, { ...bad });
  const view = await organisation.refresh();
  const entry = view.roster.chapters.get(input.chapter);
  const grant = memberGrant(view.roster, input.chapter, space.member.key);
  if (entry === undefined || grant === undefined || view.fold === undefined) throw new ResourceProblem("not-member", "Only a member of this chapter or of one below it adds to its library.");
  // The body is checked before the file's document is made, so a refused resource leaves nothing behind.
  const fields = { chapter: input.chapter, title: input.title.trim(), description: input.description.trim(), folder: input.folder, tags: [...input.tags], link: input.link, file: input.file === null ? null : fileOf(space, organisation, input.file) };
  const parsed = parseResourceBody(resourceDraft(fields).body);
  if (!parsed.ok) throw new ResourceProblem("invalid", parsed.problem, { detail: parsed.problem });
  const file = input.file === null ? null : fileOf(space, organisation, input.file, "make");
  const record = await space.signDraft(resourceDraft({ ...fields, file }, depsWithFrontier(view.fold, input.chapter, [grant])));
  await space.documents.write(entry.document, "resources", [record]);
  return record.id;
}

/** What the edit form gives: as ResourceInput, but `file` null with no link keeps the resource's file. */
export type ResourceEdit = Omit<ResourceInput, "chapter">;

/** The chapter's document, and the deps its author (a member still) or else, when `mayModerate`, a moderator cites (RS7.2, RS8.2). */
async function changeContext(space: MemberSpace, organisation: OpenOrganisation, resource: ChapterResource, mayModerate: boolean): Promise<{ readonly document: DocumentUrl; readonly deps: RecordId[] }> {
  const view = await organisation.refresh();
  const entry = view.roster.chapters.get(resource.chapter);
  const grant = memberGrant(view.roster, resource.chapter, space.member.key);
  if (entry === undefined || view.fold === undefined) throw new ResourceProblem("not-member", "This chapter is not known on this device yet.");
  if (resource.author === space.member.key && grant !== undefined) return { document: entry.document, deps: depsWithFrontier(view.fold, resource.chapter, [grant]) };
  const moderator = mayModerate ? moderatorDeps(view.roster, { chapter: resource.chapter }, space.member.key) : undefined;
  if (moderator === undefined) throw new ResourceProblem("not-allowed", mayModerate ? "Only its author or a moderator of this chapter changes a resource." : "Only its author removes a resource.");
  return { document: entry.document, deps: depsWithFrontier(view.fold, resource.chapter, moderator) };
}

/**
 * Edits `resource` as its author or a moderator (RS7): a whole new version citing the versions it
 * replaces (RS7.3); a new file goes into a new Attachment document. Returns the edit's id.
 * @throws {ResourceProblem} as `addResource`, or "not-allowed" for anyone else (RS7.2).
 */
export async function editResource(space: MemberSpace, organisation: OpenOrganisation, resource: ChapterResource, input: ResourceEdit): Promise<RecordId> {
  const bad = input.file === null ? undefined : chosenFileProblem(input.file);
  if (bad !== undefined) throw new ResourceProblem(bad.code, `the file may not be attached: ${bad.code}`, { ...bad });
  const { document, deps } = await changeContext(space, organisation, resource, true);
  const kept = input.link === null && input.file === null ? resource.file : null;
  const fields = { resource: resource.id, title: input.title.trim(), description: input.description.trim(), folder: input.folder, tags: [...input.tags], link: input.link, file: input.file === null ? kept : fileOf(space, organisation, input.file) };
  const parsed = parseResourceChangeBody("resource-edit", resourceEditDraft(fields).body);
  if (!parsed.ok) throw new ResourceProblem("invalid", parsed.problem, { detail: parsed.problem });
  const file = input.file === null ? kept : fileOf(space, organisation, input.file, "make");
  const record = await space.signDraft(resourceEditDraft({ ...fields, file }, [...deps, ...resource.heads]));
  await space.documents.write(document, "resources", [record]);
  return record.id;
}

/**
 * Removes the member's own resource from the library (RS8): no longer listed, kept with its history.
 * @throws {ResourceProblem} "not-allowed" when the member is not its author, a member still (RS8.2).
 */
export async function removeResource(space: MemberSpace, organisation: OpenOrganisation, resource: ChapterResource): Promise<RecordId> {
  const { document, deps } = await changeContext(space, organisation, resource, false);
  const record = await space.signDraft(resourceRemoveDraft({ resource: resource.id }, deps));
  await space.documents.write(document, "resources", [record]);
  return record.id;
}

/**
 * Hides `resource` with a reason, or (`hidden` false) shows it again, as a moderator (RS9), with a
 * copy in the chapter's moderation log `log` when it is held here (MOD2.1.1; the resource's own
 * record decides, as MOD4 says of rooms).
 * @throws {ResourceProblem} if the reason is empty ("no-reason"), or the member is no moderator of the chapter ("not-allowed").
 */
export async function hideResource(space: MemberSpace, organisation: OpenOrganisation, resource: ChapterResource, log: DocumentUrl | null, reason: string, hidden: boolean): Promise<RecordId> {
  if (reason.trim() === "") throw new ResourceProblem("no-reason", "Say why, for the members who will see it.");
  const view = await organisation.refresh();
  const entry = view.roster.chapters.get(resource.chapter);
  const deps = moderatorDeps(view.roster, { chapter: resource.chapter }, space.member.key);
  if (entry === undefined || deps === undefined) throw new ResourceProblem("not-allowed", "Only a moderator of this chapter hides a resource.");
  const record = await space.signDraft(resourceHideDraft({ scope: resource.chapter, target: resource.id, reason: reason.trim(), hidden }, deps));
  await space.documents.write(entry.document, "resources", [record]);
  if (log !== null) await space.documents.write(log, "messages", [record]);
  return record.id;
}
