/**
 * Adding a resource to a chapter's library (PROTOCOL.md RS1, RS3): a file's bytes first go into an
 * Attachment document of their own, then the `resource` naming it, its size and its SHA-256 is
 * signed citing the member's membership (RS4.2) and written into the Chapter document's `resources`.
 */
import * as A from "@automerge/automerge";
import { ATTACHMENT_DOCUMENT, createAttachmentDoc } from "@chapterhouse/crdt/documents";
import { hashBytes } from "@chapterhouse/crdt/encoding";
import { depsWithFrontier, memberGrant } from "@chapterhouse/crdt/membership";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { parseResourceBody, resourceDraft, type ResourceFile, type ResourceFileProblem, type ResourceFileType } from "@chapterhouse/crdt/resources";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { chosenFileProblem, typeOfChosen, type ChosenFile } from "./resource-input.js";

/** Why a resource was refused before signing, for the screen's words (`problems.<code>`, with `detail`). */
export class ResourceProblem extends Error {
  constructor(
    readonly code: ResourceFileProblem["code"] | "not-member" | "invalid",
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
  const placeholder: ResourceFile | null = input.file === null ? null : { document: "automerge:1" as ResourceFile["document"], name: input.file.name, type: typeOfChosen(input.file) as ResourceFileType, size: input.file.bytes.length, hash: hashBytes(input.file.bytes) };
  const fields = { chapter: input.chapter, title: input.title.trim(), description: input.description.trim(), folder: input.folder, tags: [...input.tags], link: input.link, file: placeholder };
  const parsed = parseResourceBody(resourceDraft(fields).body);
  if (!parsed.ok) throw new ResourceProblem("invalid", parsed.problem, { detail: parsed.problem });
  const file = input.file === null || placeholder === null ? null : { ...placeholder, document: space.documents.create(ATTACHMENT_DOCUMENT, A.save(createAttachmentDoc(input.file.bytes)), organisation.url) };
  const record = await space.signDraft(resourceDraft({ ...fields, file }, depsWithFrontier(view.fold, input.chapter, [grant])));
  await space.documents.write(entry.document, "resources", [record]);
  return record.id;
}
