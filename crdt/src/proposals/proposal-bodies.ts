/**
 * The body schema of each proposal kind (PROTOCOL.md P1.1, P2–P6) and its parser.
 * `parseProposalBody` turns a record's body into a typed value or a problem text; it never throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { MAX_OPTIONS } from "../tally/read-input.js";
import {
  firstProblem,
  idListProblem,
  idProblem,
  intProblem,
  listProblem,
  membersProblem,
  nullableIdProblem,
  textProblem,
  urlProblem,
  type BodyObject,
} from "./field-checks.js";

/** Longest proposal title (P2). */
export const MAX_TITLE_LENGTH = 200;
/** Longest version text or amended text (P3, P5), in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 200_000;
/** Longest comment (P4). */
export const MAX_COMMENT_LENGTH = 20_000;
/** Longest amendment or rejection reason (P5, P6). */
export const MAX_REASON_LENGTH = 2_000;
/** Longest option label (P3). */
export const MAX_LABEL_LENGTH = 200;
/** Most amendments one version may accept (P3). */
export const MAX_ACCEPTS = 32;
/** Largest version number and ballot `seq` (P3, V4.1): 2^31. */
export const MAX_SEQ = 2 ** 31;

/** Option ids (P3): lower-case letters, digits and hyphens, 1–64 characters, starting with a letter or digit. */
const OPTION_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** One option of a version (P3). */
export interface VersionOption {
  readonly id: string;
  readonly label: string;
}
/** `proposal` (P2). */
export interface ProposalBody {
  readonly kind: "proposal";
  readonly chapter: ChapterId;
  readonly title: string;
  readonly document: DocumentUrl;
}
/** `version` (P3). */
export interface VersionBody {
  readonly kind: "version";
  readonly proposal: ProposalId;
  readonly n: number;
  readonly text: string;
  readonly options: readonly VersionOption[];
  readonly accepts: readonly RecordId[];
}
/** `comment` (P4). */
export interface CommentBody {
  readonly kind: "comment";
  readonly proposal: ProposalId;
  readonly version: RecordId | null;
  readonly text: string;
  readonly replyTo: RecordId | null;
}
/** What an amendment changes (P5). */
export type AmendmentChange =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "option"; readonly option: VersionOption };
/** `amendment` (P5). */
export interface AmendmentBody {
  readonly kind: "amendment";
  readonly proposal: ProposalId;
  readonly version: RecordId;
  readonly change: AmendmentChange;
  readonly reason: string;
}
/** `amendment-reject` (P6). */
export interface AmendmentRejectBody {
  readonly kind: "amendment-reject";
  readonly proposal: ProposalId;
  readonly amendment: RecordId;
  readonly reason: string;
}
/** Any proposal body. */
export type ProposalRecordBody = ProposalBody | VersionBody | CommentBody | AmendmentBody | AmendmentRejectBody;

/** A kind of section P judged by P1–P6 (proposals/kinds.ts declares each). */
export type ProposalKind = ProposalRecordBody["kind"];
/** A parsed body, or why it is malformed. */
export type ProposalBodyResult = BodyParse<ProposalRecordBody>;

/** Problem if `value` is not an option `{ id, label }` (P3). */
export function optionProblem(name: string, value: CanonicalValue | undefined): string | undefined {
  const shape = membersProblem(value ?? null, ["id", "label"]);
  if (shape !== undefined) return `${name}: ${shape}`;
  const { id, label } = value as BodyObject;
  if (typeof id !== "string" || !OPTION_ID.test(id)) return `${name}.id is not an option id (a-z, 0-9, -; 1 to 64 characters)`;
  return textProblem(`${name}.label`, label, 1, MAX_LABEL_LENGTH);
}

function optionsProblem(value: CanonicalValue | undefined): string | undefined {
  const list = listProblem("options", value, MAX_OPTIONS);
  if (list !== undefined) return list;
  const seen = new Set<string>();
  for (const [i, option] of (value as readonly CanonicalValue[]).entries()) {
    const bad = optionProblem(`options[${i}]`, option);
    if (bad !== undefined) return bad;
    const id = (option as BodyObject).id as string;
    if (seen.has(id)) return `options lists ${id} twice`;
    seen.add(id);
  }
  return undefined;
}

function changeProblem(value: CanonicalValue | undefined): string | undefined {
  const type = (value as BodyObject | null | undefined)?.type;
  if (type === "text") {
    return membersProblem(value ?? null, ["text", "type"]) ?? textProblem("change.text", (value as BodyObject).text, 1, MAX_TEXT_LENGTH);
  }
  if (type === "option") {
    return membersProblem(value ?? null, ["option", "type"]) ?? optionProblem("change.option", (value as BodyObject).option);
  }
  return 'change is neither {type:"text"} nor {type:"option"}';
}

/** The problem of `body` under kind's schema (P1.1), or undefined. Never throws. */
function bodyProblem(kind: ProposalKind, body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  switch (kind) {
    case "proposal":
      return (
        membersProblem(body, ["chapter", "document", "title"]) ??
        firstProblem(idProblem("chapter", b.chapter), textProblem("title", b.title, 1, MAX_TITLE_LENGTH), urlProblem("document", b.document))
      );
    case "version":
      return (
        membersProblem(body, ["accepts", "n", "options", "proposal", "text"]) ??
        firstProblem(
          idProblem("proposal", b.proposal),
          intProblem("n", b.n, 1, MAX_SEQ),
          textProblem("text", b.text, 1, MAX_TEXT_LENGTH),
          optionsProblem(b.options),
          idListProblem("accepts", b.accepts, 0, MAX_ACCEPTS),
        )
      );
    case "comment":
      return (
        membersProblem(body, ["proposal", "replyTo", "text", "version"]) ??
        firstProblem(
          idProblem("proposal", b.proposal),
          nullableIdProblem("version", b.version),
          textProblem("text", b.text, 1, MAX_COMMENT_LENGTH),
          nullableIdProblem("replyTo", b.replyTo),
        )
      );
    case "amendment":
      return (
        membersProblem(body, ["change", "proposal", "reason", "version"]) ??
        firstProblem(
          idProblem("proposal", b.proposal),
          idProblem("version", b.version),
          changeProblem(b.change),
          textProblem("reason", b.reason, 0, MAX_REASON_LENGTH),
        )
      );
    case "amendment-reject":
      return (
        membersProblem(body, ["amendment", "proposal", "reason"]) ??
        firstProblem(idProblem("proposal", b.proposal), idProblem("amendment", b.amendment), textProblem("reason", b.reason, 0, MAX_REASON_LENGTH))
      );
  }
}

/** Parses the body of a proposal-kind record (P1.1): the validator of each kind of proposals/kinds.ts. Never throws. */
export function parseProposalBody(kind: ProposalKind, body: CanonicalValue): ProposalBodyResult {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as ProposalRecordBody };
}

/** The record ids a body names, which must all be in the record's deps (P1.2). Never throws. */
export function proposalNamedIds(body: ProposalRecordBody): RecordId[] {
  switch (body.kind) {
    case "proposal":
      return [body.chapter];
    case "version":
      return [body.proposal, ...body.accepts];
    case "comment":
      return [body.proposal, ...(body.version === null ? [] : [body.version]), ...(body.replyTo === null ? [] : [body.replyTo])];
    case "amendment":
      return [body.proposal, body.version];
    case "amendment-reject":
      return [body.proposal, body.amendment];
  }
}
