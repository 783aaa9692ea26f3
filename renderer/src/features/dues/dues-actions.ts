/**
 * Signing and writing the dues records (PROTOCOL.md DU2, DU3) into the chapter's document, `dues`
 * map, with the authority the rules ask cited in `deps`: the signer's treasurer holding in the
 * chapter (DU4.3; for a setting, a facilitator's authority over it will do), the paying member's
 * membership (DU4.5), the setting replaced (DU2.2), and the chapter's newest governance records.
 */
import { TREASURER, duesSettingDraft, ledgerEntryDraft, type DuesSettingBody, type LedgerEntryBody } from "@chapterhouse/crdt/dues";
import type { BodyFields } from "@chapterhouse/crdt/kinds";
import { depsWithFrontier, facilitatorAuthority, memberGrant, type FoldSummary, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { DuesProblem } from "./dues-problem.js";

/** The signer's live treasurer holding in exactly `chapter`, or undefined. */
export function treasurerHolding(roster: Roster, chapter: ChapterId, key: MemberKey): RecordId | undefined {
  return roster.chapters.get(chapter)?.roles.find((role) => role.role === TREASURER && role.key === key)?.grant;
}

async function chapterOf(organisation: OpenOrganisation, chapter: ChapterId): Promise<{ readonly roster: Roster; readonly fold: FoldSummary; readonly document: DocumentUrl }> {
  const view = await organisation.refresh();
  const entry = view.roster.chapters.get(chapter);
  if (entry === undefined || view.fold === undefined) throw new DuesProblem("chapter-unknown", "This chapter is not known on this device yet.");
  return { roster: view.roster, fold: view.fold, document: entry.document };
}

/**
 * Signs and writes a `dues-setting` (DU2) replacing `current` (null for the first).
 * @throws {DuesProblem} when the device's roster says the signer is neither treasurer nor facilitator.
 */
export async function setDues(space: MemberSpace, organisation: OpenOrganisation, fields: BodyFields<DuesSettingBody>, current: RecordId | null): Promise<RecordId> {
  const { roster, fold, document } = await chapterOf(organisation, fields.chapter);
  const me = space.member.key;
  const holding = treasurerHolding(roster, fields.chapter, me);
  const authority = holding === undefined ? facilitatorAuthority(roster, fields.chapter, me) : [holding];
  if (authority === undefined) throw new DuesProblem("not-treasurer", "Only the chapter's treasurer or a facilitator can set its dues.");
  const required = [...authority, ...(current === null ? [] : [current])];
  const record = await space.signDraft(duesSettingDraft(fields, depsWithFrontier(fold, fields.chapter, required)));
  await space.documents.write(document, "dues", [record]);
  return record.id;
}

/**
 * Signs and writes a `ledger-entry` (DU3).
 * @throws {DuesProblem} when the signer is not the chapter's treasurer, or a payer not its member, on this device's roster.
 */
export async function recordEntry(space: MemberSpace, organisation: OpenOrganisation, fields: BodyFields<LedgerEntryBody>): Promise<RecordId> {
  const { roster, fold, document } = await chapterOf(organisation, fields.chapter);
  const holding = treasurerHolding(roster, fields.chapter, space.member.key);
  if (holding === undefined) throw new DuesProblem("not-treasurer", "Only the chapter's treasurer records its ledger.");
  const membership = fields.entry === "payment" ? memberGrant(roster, fields.chapter, fields.member) : undefined;
  if (fields.entry === "payment" && membership === undefined) throw new DuesProblem("not-member", "Only a member of this chapter or of a chapter below it pays dues here.");
  const required = [holding, ...(membership === undefined ? [] : [membership])];
  const record = await space.signDraft(ledgerEntryDraft(fields, depsWithFrontier(fold, fields.chapter, required)));
  await space.documents.write(document, "dues", [record]);
  return record.id;
}
