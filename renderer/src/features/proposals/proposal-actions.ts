/**
 * What a member does on a proposal (PROTOCOL.md P3–P6): sign a version of the draft, comment or
 * reply, propose an amendment, and — the author or a facilitator — accept an amendment into a new
 * version or reject it. Each signs through the vault with the authority its rule needs (P1.3), the
 * ids its body names in `deps` (P1.2), writes the record into the Proposal document, and resolves
 * with the record's id once the page shows it. Each throws a sentence for the member.
 */
import type { RecordDraft } from "@chapterhouse/crdt/kinds";
import {
  MAX_COMMENT_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_REASON_LENGTH,
  MAX_TEXT_LENGTH,
  amendedContent,
  amendmentDraft,
  amendmentRejectDraft,
  commentDraft,
  parseProposalBody,
  versionDraft,
  type AmendmentChange,
  type ProposalDetail,
  type ProposalKind,
  type VersionEntry,
  type VersionOption,
} from "@chapterhouse/crdt/proposals";
import type { RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace } from "../organisation/index.js";
import { draftOf, editDraft } from "./draft-text.js";
import type { OpenProposal } from "./open-proposal.js";
import { authorOrFacilitatorDeps, memberDeps } from "./proposal-authority.js";
import { ProposalProblem } from "./proposal-problem.js";

/** Who acts, on which proposal. */
export interface ProposalContext {
  readonly space: MemberSpace;
  readonly session: OpenProposal;
}

function detailOf(session: OpenProposal): ProposalDetail {
  const judged = session.view.get().proposal;
  if (judged?.found !== true) throw new ProposalProblem("not-readable", "This proposal is not readable on this device yet.");
  return judged.detail;
}

function latestOf(detail: ProposalDetail): VersionEntry | undefined {
  return detail.versions.at(-1);
}

function nextN(detail: ProposalDetail): number {
  return detail.versions.reduce((n, v) => Math.max(n, v.n), 0) + 1;
}

function checkLength(text: string, max: number, what: string): void {
  if (text.trim() === "") throw new ProposalProblem("empty", `Write ${what} first.`);
  if (text.length > max)
    throw new ProposalProblem("too-long", `${what[0]!.toUpperCase()}${what.slice(1)} is at most ${max.toLocaleString("en")} characters.`, { limit: max });
}

/** Signs and writes one record (its body checked against its schema first, P1.1); resolves once the page shows it. */
async function signInto({ space, session }: ProposalContext, map: string, draft: RecordDraft<ProposalKind>): Promise<RecordId> {
  const parsed = parseProposalBody(draft.kind, draft.body);
  if (!parsed.ok) throw new ProposalProblem("not-signable", `This ${draft.kind} cannot be signed: ${parsed.problem}.`, { detail: parsed.problem });
  const record = await space.signDraft(draft);
  await space.documents.write(detailOf(session).document, map, [record]);
  await session.refresh();
  return record.id;
}

/**
 * Signs a version (P3) carrying `text` and `options` (for option rules; empty for yes/no), as the
 * proposal's author or a facilitator, numbered after the latest version it cites.
 * @throws {Error} if the text is empty or too long, an option is malformed, or the signer lacks authority.
 */
export async function signVersion(
  context: ProposalContext,
  input: { readonly text: string; readonly options: readonly VersionOption[] },
): Promise<RecordId> {
  const detail = detailOf(context.session);
  checkLength(input.text, MAX_TEXT_LENGTH, "the proposal's text");
  const roster = context.session.organisation.view.get().roster;
  const authority = authorOrFacilitatorDeps(
    roster,
    detail.chapter,
    context.space.member.key,
    detail.author,
    "sign a version",
  );
  const latest = latestOf(detail)?.id;
  const draft = versionDraft({ proposal: detail.id, n: nextN(detail), text: input.text, options: input.options }, [...(latest === undefined ? [] : [latest]), ...authority]);
  return signInto(context, "versions", draft);
}

/**
 * Posts a comment (P4) on the latest version (or the draft, before any), or a reply to `replyTo`.
 * @throws {Error} if the text is empty or too long, or the member is not in the chapter.
 */
export async function postComment(
  context: ProposalContext,
  input: { readonly text: string; readonly replyTo: RecordId | null },
): Promise<RecordId> {
  const detail = detailOf(context.session);
  checkLength(input.text, MAX_COMMENT_LENGTH, "a comment");
  const roster = context.session.organisation.view.get().roster;
  const authority = memberDeps(roster, detail.chapter, context.space.member.key, "comment");
  const version = latestOf(detail)?.id ?? null;
  return signInto(context, "comments", commentDraft({ proposal: detail.id, version, text: input.text, replyTo: input.replyTo }, authority));
}

/**
 * Proposes an amendment (P5) to the latest version: a changed text, or a new option.
 * @throws {Error} if no version is signed yet, the change is empty or too long, the option exists
 *   already, or the member is not in the chapter.
 */
export async function proposeAmendment(
  context: ProposalContext,
  input: { readonly change: AmendmentChange; readonly reason: string },
): Promise<RecordId> {
  const detail = detailOf(context.session);
  const version = latestOf(detail);
  if (version === undefined)
    throw new ProposalProblem("no-version", "Amendments are proposed to a signed version, and none is signed yet.");
  const change = input.change;
  if (change.type === "text") {
    checkLength(change.text, MAX_TEXT_LENGTH, "the amended text");
    if (change.text === version.text) throw new ProposalProblem("same-text", "The amended text is the same as the version's.");
  } else {
    checkLength(change.option.label, MAX_LABEL_LENGTH, "the option's name");
    if (version.options.some((o) => o.id === change.option.id))
      throw new ProposalProblem("option-exists", `Version ${version.n} already has an option "${change.option.id}".`, { version: version.n, option: change.option.label });
  }
  if (input.reason.length > MAX_REASON_LENGTH)
    throw new ProposalProblem("too-long", `A reason is at most ${MAX_REASON_LENGTH.toLocaleString("en")} characters.`, { limit: MAX_REASON_LENGTH });
  const roster = context.session.organisation.view.get().roster;
  const authority = memberDeps(roster, detail.chapter, context.space.member.key, "propose an amendment");
  return signInto(context, "amendments", amendmentDraft({ proposal: detail.id, version: version.id, change, reason: input.reason }, authority));
}

/**
 * Accepts an amendment (P3.3, P6.2): a new version, by the author or a facilitator, of the latest
 * version with the amendment applied (P5.2), listing it in `accepts`. The draft follows the new
 * version when it held the latest version's text unchanged.
 * @throws {Error} if the amendment is unknown or already decided, or the signer lacks authority.
 */
export async function acceptAmendment(context: ProposalContext, amendment: RecordId): Promise<RecordId> {
  const detail = detailOf(context.session);
  const entry = detail.amendments.find((a) => a.id === amendment);
  if (entry === undefined) throw new ProposalProblem("amendment-unknown", "This amendment is not known on this device.");
  if (entry.state !== "proposed") throw new ProposalProblem("amendment-decided", `This amendment is already ${entry.state}.`);
  const latest = latestOf(detail)!;
  const roster = context.session.organisation.view.get().roster;
  const authority = authorOrFacilitatorDeps(
    roster,
    detail.chapter,
    context.space.member.key,
    detail.author,
    "accept an amendment",
  );
  const change = entry.change;
  const content =
    change.type === "option" && latest.options.some((o) => o.id === change.option.id)
      ? latest
      : amendedContent(latest, change);
  const draft = versionDraft({ proposal: detail.id, n: nextN(detail), text: content.text, options: content.options, accepts: [amendment] }, [latest.id, ...authority]);
  const handle = context.session.handle.get();
  const draftWasLatest = handle !== undefined && draftOf(handle.doc()) === latest.text;
  const id = await signInto(context, "versions", draft);
  if (draftWasLatest && handle !== undefined) editDraft(handle, content.text);
  return id;
}

/**
 * Rejects an amendment (P6), by the author or a facilitator, with a reason (may be empty).
 * @throws {Error} if the amendment is unknown or already decided, the reason too long, or the
 *   signer lacks authority.
 */
export async function rejectAmendment(
  context: ProposalContext,
  amendment: RecordId,
  reason: string,
): Promise<RecordId> {
  const detail = detailOf(context.session);
  const entry = detail.amendments.find((a) => a.id === amendment);
  if (entry === undefined) throw new ProposalProblem("amendment-unknown", "This amendment is not known on this device.");
  if (entry.state !== "proposed") throw new ProposalProblem("amendment-decided", `This amendment is already ${entry.state}.`);
  if (reason.length > MAX_REASON_LENGTH)
    throw new ProposalProblem("too-long", `A reason is at most ${MAX_REASON_LENGTH.toLocaleString("en")} characters.`, { limit: MAX_REASON_LENGTH });
  const roster = context.session.organisation.view.get().roster;
  const authority = authorOrFacilitatorDeps(
    roster,
    detail.chapter,
    context.space.member.key,
    detail.author,
    "reject an amendment",
  );
  return signInto(context, "amendments", amendmentRejectDraft({ proposal: detail.id, amendment, reason }, authority));
}
