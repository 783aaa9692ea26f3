/**
 * The body of a `resource` (PROTOCOL.md RS1): a chapter library's document or link, with its
 * folder and tags, and for a file the Attachment document holding its bytes and their SHA-256.
 * `parseResourceBody` never throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, DocumentUrl } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { plainTextProblem } from "../chat/chat-bodies.js";
import { firstProblem, idProblem, intProblem, is32Bytes, listProblem, membersProblem, oneOfProblem, textProblem, urlProblem, type BodyObject } from "../proposals/field-checks.js";

/** Longest title (RS1.1). */
export const MAX_RESOURCE_TITLE = 200;
/** Longest description (RS1.1). */
export const MAX_RESOURCE_DESCRIPTION = 5_000;
/** Deepest folder path and longest folder name (RS1.2). */
export const MAX_FOLDER_DEPTH = 8;
export const MAX_FOLDER_NAME = 60;
/** Most tags and longest tag (RS1.3). */
export const MAX_TAGS = 16;
export const MAX_TAG = 40;
/** Longest link (RS1.4, as EV1.2). */
export const MAX_RESOURCE_LINK = 2_048;
/** Longest file name (RS1.4). */
export const MAX_FILE_NAME = 255;
/** Largest file: 1 MiB (RS1.4). */
export const MAX_FILE_BYTES = 1_048_576;

/** The only file types a library holds (RS2); SVG and HTML are not among them, since they can carry scripts. */
export const RESOURCE_FILE_TYPES = Object.freeze(["image/png", "image/jpeg", "image/webp", "image/gif", "text/plain", "text/markdown", "text/csv", "application/pdf"] as const);
export type ResourceFileType = (typeof RESOURCE_FILE_TYPES)[number];

/** A file of a resource: where its bytes are and what they must be (RS1.4). */
export interface ResourceFile {
  readonly document: DocumentUrl;
  readonly name: string;
  readonly type: ResourceFileType;
  readonly size: number;
  /** SHA-256 of the bytes, unpadded base64url (R2). */
  readonly hash: string;
}

/** `resource` (RS1). Exactly one of `link` and `file` is null. */
export interface ResourceBody {
  readonly kind: "resource";
  readonly chapter: ChapterId;
  readonly title: string;
  readonly description: string;
  /** `""` for the top, else names joined by `/` (RS1.2). */
  readonly folder: string;
  /** Sorted, without repeats, lower case (RS1.3). */
  readonly tags: readonly string[];
  readonly link: string | null;
  readonly file: ResourceFile | null;
}

const WEB_LINK = /^https?:\/\/\S+$/;
const FILE_NAME_FORBIDDEN = /[/\\]/;

function folderProblem(value: CanonicalValue | undefined): string | undefined {
  if (value === "") return undefined;
  if (typeof value !== "string") return "folder is not a string";
  const names = value.split("/");
  if (names.length > MAX_FOLDER_DEPTH) return `folder has more than ${MAX_FOLDER_DEPTH} levels`;
  return firstProblem(...names.map((name) => plainTextProblem("folder name", name, MAX_FOLDER_NAME, false)));
}

function tagsProblem(value: CanonicalValue | undefined): string | undefined {
  const list = listProblem("tags", value, MAX_TAGS);
  if (list !== undefined) return list;
  const tags = value as readonly CanonicalValue[];
  for (const [i, tag] of tags.entries()) {
    const bad = plainTextProblem(`tags[${i}]`, tag, MAX_TAG, false);
    if (bad !== undefined) return bad;
    if ((tag as string).toLowerCase() !== tag) return `tags[${i}] has an upper-case letter`;
    if (i > 0 && !((tags[i - 1] as string) < tag)) return "tags are not sorted without repeats";
  }
  return undefined;
}

function fileProblem(value: CanonicalValue | undefined): string | undefined {
  const shape = membersProblem(value ?? null, ["document", "name", "type", "size", "hash"]);
  if (shape !== undefined) return `file: ${shape}`;
  const { document, name, type, size, hash } = value as BodyObject;
  return firstProblem(
    urlProblem("file.document", document),
    plainTextProblem("file.name", name, MAX_FILE_NAME, false) ?? (FILE_NAME_FORBIDDEN.test(name as string) ? "file.name holds / or \\" : undefined),
    oneOfProblem("file.type", type, RESOURCE_FILE_TYPES),
    intProblem("file.size", size, 1, MAX_FILE_BYTES),
    is32Bytes(hash) ? undefined : "file.hash is not a 32-byte base64url value",
  );
}

function linkProblem(value: CanonicalValue | undefined): string | undefined {
  return textProblem("link", value, 1, MAX_RESOURCE_LINK) ?? (WEB_LINK.test(value as string) ? undefined : "link is not an http or https address");
}

/** What a resource says, the same in a `resource` and each `resource-edit` (RS1, RS7). */
export const RESOURCE_FIELDS = Object.freeze(["title", "description", "folder", "tags", "link", "file"] as const);

/** RS1.1–RS1.4 for every member but `chapter`: what a `resource-edit` checks too (RS7). Never throws. */
export function resourceFieldsProblem(fields: BodyObject): string | undefined {
  const { link, file } = fields;
  return firstProblem(
    plainTextProblem("title", fields["title"], MAX_RESOURCE_TITLE, false),
    textProblem("description", fields["description"], 0, MAX_RESOURCE_DESCRIPTION),
    folderProblem(fields["folder"]),
    tagsProblem(fields["tags"]),
    (link === null) === (file === null) ? "exactly one of link and file must be null" : undefined,
    link === null ? undefined : linkProblem(link),
    file === null ? undefined : fileProblem(file),
  );
}

function bodyProblem(body: CanonicalValue): string | undefined {
  const shape = membersProblem(body, ["chapter", ...RESOURCE_FIELDS]);
  if (shape !== undefined) return shape;
  const fields = body as BodyObject;
  return idProblem("chapter", fields["chapter"]) ?? resourceFieldsProblem(fields);
}

/** Parses a `resource` body (RS1): the validator of resources/kinds.ts. Never throws. */
export function parseResourceBody(body: CanonicalValue): BodyParse<ResourceBody> {
  const problem = bodyProblem(body);
  return problem === undefined ? { ok: true, body: { kind: "resource", ...(body as object) } as ResourceBody } : { ok: false, problem: `[RS1] ${problem}` };
}
