/**
 * The records of section P to sign (PROTOCOL.md P2–P6), one builder per kind: each writes exactly
 * the members its kind lists and adds the ids its body names to the deps (P1.2), so callers pass
 * only the authority and history they cite. The `sign…` functions sign what the builders make.
 */
import type { ChapterId, DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import { signDraft, withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { ParsedRecord, Signer } from "../records/record.js";
import type { AmendmentBody, AmendmentChange, AmendmentRejectBody, CommentBody, ProposalBody, VersionBody, VersionOption } from "./proposal-bodies.js";

/** Claimed time and extra deps of a record being signed. */
export interface SignOptions {
  /** Claimed time, ms since the Unix epoch (R6). */
  readonly at: number;
  /** Deps besides the ids the body names: the signer's grant and holding, the heads it saw. */
  readonly deps?: Iterable<RecordId>;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A `proposal` (P2). Its id is the proposal's id. Never throws. */
export function proposalDraft(
  fields: { readonly chapter: ChapterId; readonly title: string; readonly document: DocumentUrl },
  deps?: Iterable<RecordId>,
): RecordDraft<"proposal", BodyFields<ProposalBody>> {
  return { kind: "proposal", body: { chapter: fields.chapter, title: fields.title, document: fields.document }, deps: withNamed(deps, fields.chapter) };
}

/** A `version` (P3); `accepts` sorted without repeats. Never throws. */
export function versionDraft(
  fields: { readonly proposal: ProposalId; readonly n: number; readonly text: string; readonly options: readonly VersionOption[]; readonly accepts?: Iterable<RecordId> },
  deps?: Iterable<RecordId>,
): RecordDraft<"version", BodyFields<VersionBody>> {
  const accepts = [...new Set(fields.accepts ?? [])].sort(byText);
  const options = fields.options.map(({ id, label }) => ({ id, label }));
  return { kind: "version", body: { proposal: fields.proposal, n: fields.n, text: fields.text, options, accepts }, deps: withNamed(deps, fields.proposal, ...accepts) };
}

/** A `comment` (P4) on a version (or the draft: null), maybe a reply. Never throws. */
export function commentDraft(
  fields: { readonly proposal: ProposalId; readonly version: RecordId | null; readonly text: string; readonly replyTo: RecordId | null },
  deps?: Iterable<RecordId>,
): RecordDraft<"comment", BodyFields<CommentBody>> {
  const { proposal, version, text, replyTo } = fields;
  return { kind: "comment", body: { proposal, version, text, replyTo }, deps: withNamed(deps, proposal, version, replyTo) };
}

/** An `amendment` (P5). Never throws. */
export function amendmentDraft(
  fields: { readonly proposal: ProposalId; readonly version: RecordId; readonly change: AmendmentChange; readonly reason: string },
  deps?: Iterable<RecordId>,
): RecordDraft<"amendment", BodyFields<AmendmentBody>> {
  const { proposal, version, reason } = fields;
  const change =
    fields.change.type === "text"
      ? { type: "text" as const, text: fields.change.text }
      : { type: "option" as const, option: { id: fields.change.option.id, label: fields.change.option.label } };
  return { kind: "amendment", body: { proposal, version, change, reason }, deps: withNamed(deps, proposal, version) };
}

/** An `amendment-reject` (P6). Never throws. */
export function amendmentRejectDraft(
  fields: { readonly proposal: ProposalId; readonly amendment: RecordId; readonly reason: string },
  deps?: Iterable<RecordId>,
): RecordDraft<"amendment-reject", BodyFields<AmendmentRejectBody>> {
  const { proposal, amendment, reason } = fields;
  return { kind: "amendment-reject", body: { proposal, amendment, reason }, deps: withNamed(deps, proposal, amendment) };
}

/**
 * Signs a `proposal` (P2).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signProposal(signer: Signer, fields: Parameters<typeof proposalDraft>[0], options: SignOptions): Promise<ParsedRecord> {
  return signDraft(signer, proposalDraft(fields, options.deps), options.at);
}

/**
 * Signs a `version` (P3).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signVersion(signer: Signer, fields: Parameters<typeof versionDraft>[0], options: SignOptions): Promise<ParsedRecord> {
  return signDraft(signer, versionDraft(fields, options.deps), options.at);
}

/**
 * Signs a `comment` (P4).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signComment(signer: Signer, fields: Parameters<typeof commentDraft>[0], options: SignOptions): Promise<ParsedRecord> {
  return signDraft(signer, commentDraft(fields, options.deps), options.at);
}

/**
 * Signs an `amendment` (P5).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signAmendment(signer: Signer, fields: Parameters<typeof amendmentDraft>[0], options: SignOptions): Promise<ParsedRecord> {
  return signDraft(signer, amendmentDraft(fields, options.deps), options.at);
}

/**
 * Signs an `amendment-reject` (P6).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signAmendmentReject(signer: Signer, fields: Parameters<typeof amendmentRejectDraft>[0], options: SignOptions): Promise<ParsedRecord> {
  return signDraft(signer, amendmentRejectDraft(fields, options.deps), options.at);
}
