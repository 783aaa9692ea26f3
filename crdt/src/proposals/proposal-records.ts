/**
 * Signing the records of section P (PROTOCOL.md P2–P6). Each adds the ids its body names to the
 * deps (P1.2), so callers pass only the authority and history they cite.
 */
import type { ChapterId, DocumentUrl, ProposalId, RecordId } from "../ids.js";
import { signRecord, type ParsedRecord, type Signer } from "../record.js";
import type { AmendmentChange, VersionOption } from "./proposal-bodies.js";

/** Claimed time and extra deps of a record being signed. */
export interface SignOptions {
  /** Claimed time, ms since the Unix epoch (R6). */
  readonly at: number;
  /** Deps besides the ids the body names: the signer's grant and holding, the heads it saw. */
  readonly deps?: Iterable<RecordId>;
}

const withNamed = (options: SignOptions, ...named: (RecordId | null)[]): RecordId[] => [
  ...(options.deps ?? []),
  ...named.filter((id): id is RecordId => id !== null),
];

/**
 * A `proposal` (P2). Its id is the proposal's id.
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signProposal(
  signer: Signer,
  body: { chapter: ChapterId; title: string; document: DocumentUrl },
  options: SignOptions,
): Promise<ParsedRecord> {
  return signRecord(signer, { kind: "proposal", body: { ...body }, at: options.at, deps: withNamed(options, body.chapter) });
}

/**
 * A `version` (P3); `accepts` is sorted for the signer.
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signVersion(
  signer: Signer,
  body: { proposal: ProposalId; n: number; text: string; options: readonly VersionOption[]; accepts?: readonly RecordId[] },
  options: SignOptions,
): Promise<ParsedRecord> {
  const accepts = [...(body.accepts ?? [])].sort();
  const record = { proposal: body.proposal, n: body.n, text: body.text, options: body.options.map(({ id, label }) => ({ id, label })), accepts };
  return signRecord(signer, { kind: "version", body: record, at: options.at, deps: withNamed(options, body.proposal, ...accepts) });
}

/**
 * A `comment` (P4).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signComment(
  signer: Signer,
  body: { proposal: ProposalId; version: RecordId | null; text: string; replyTo: RecordId | null },
  options: SignOptions,
): Promise<ParsedRecord> {
  return signRecord(signer, { kind: "comment", body: { ...body }, at: options.at, deps: withNamed(options, body.proposal, body.version, body.replyTo) });
}

/**
 * An `amendment` (P5).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signAmendment(
  signer: Signer,
  body: { proposal: ProposalId; version: RecordId; change: AmendmentChange; reason: string },
  options: SignOptions,
): Promise<ParsedRecord> {
  const change = body.change.type === "text" ? { type: "text", text: body.change.text } : { type: "option", option: { id: body.change.option.id, label: body.change.option.label } };
  return signRecord(signer, { kind: "amendment", body: { ...body, change }, at: options.at, deps: withNamed(options, body.proposal, body.version) });
}

/**
 * An `amendment-reject` (P6).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signAmendmentReject(
  signer: Signer,
  body: { proposal: ProposalId; amendment: RecordId; reason: string },
  options: SignOptions,
): Promise<ParsedRecord> {
  return signRecord(signer, { kind: "amendment-reject", body: { ...body }, at: options.at, deps: withNamed(options, body.proposal, body.amendment) });
}
