/**
 * What members and chairs do in an assembly (PROTOCOL.md AS2–AS6): convene one for an event, check
 * in and out (themselves, or a chair for a member: chair-attested), edit the agenda and move the
 * current item, ask for the floor, order the speakers and time them. Each cites the signer's grant
 * (and the member's, AS3.5), signs through the vault and writes into the Chapter document (the
 * convening record) or the assembly's own document, whose `origin` gets the convening record
 * first. Each throws an AssemblyProblem the member can act on.
 */
import {
  agendaCurrentDraft,
  agendaItemDraft,
  assemblyDraft,
  attendanceDraft,
  speakerDraft,
  speakersOrderDraft,
  speechDraft,
  type AgendaItemFields,
  type AgendaNode,
  type AssemblyKind,
  type Convening,
  type MinutesKind,
  type SpeakerRole,
} from "@chapterhouse/crdt/assemblies";
import { ASSEMBLY_DOCUMENT, mapOfKind } from "@chapterhouse/crdt/documents";
import { parseKindBody, type RecordDraft } from "@chapterhouse/crdt/kinds";
import { memberGrant } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { Fraction } from "@chapterhouse/crdt/tally";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { AssemblyProblem } from "./assembly-problem.js";

/** What an action in an assembly needs: who acts, in which organisation, the assembly and its document. */
export interface AssemblyContext {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly convening: Convening;
  readonly document: DocumentUrl | undefined;
}

/** The member's live grant in the chapter or below. @throws {AssemblyProblem} when they have none. */
export function grantOf(session: OpenOrganisation, chapter: ChapterId, key: MemberKey): RecordId {
  const grant = memberGrant(session.view.get().roster, chapter, key);
  if (grant === undefined) throw new AssemblyProblem("not-member", "Only the chapter's members (and its sub-chapters') can take part.");
  return grant;
}

async function sign(space: MemberSpace, draft: RecordDraft<AssemblyKind | MinutesKind>) {
  const parsed = parseKindBody(draft.kind, draft.body);
  if (!parsed.ok) throw new AssemblyProblem("not-signable", `This cannot be signed: ${parsed.problem}.`);
  return space.signDraft(draft);
}

/** Convenes `event` of `chapter` as an assembly chaired by the member (AS2); resolves with its id. */
export async function conveneAssembly(space: MemberSpace, session: OpenOrganisation, chapter: ChapterId, event: RecordId, quorum: Fraction | null): Promise<RecordId> {
  const me = space.member.key;
  const grant = grantOf(session, chapter, me);
  const document = session.view.get().roster.chapters.get(chapter)?.document;
  if (document === undefined) throw new AssemblyProblem("not-here-yet", "This chapter is not on this device yet.");
  const record = await sign(space, assemblyDraft({ chapter, event, chairs: [me], quorum }, [grant]));
  await space.documents.write(document, "events", [record]);
  return record.id;
}

/** Signs `draft` (given the signer's grant) and writes it into the assembly's document, its convening record copied there first. */
export async function writeIn(context: AssemblyContext, draft: (grant: RecordId) => RecordDraft<AssemblyKind | MinutesKind>): Promise<RecordId> {
  const { space, session, convening, document } = context;
  if (document === undefined) throw new AssemblyProblem("not-here-yet", "This assembly is not on this device yet.");
  const record = await sign(space, draft(grantOf(session, convening.chapter, space.member.key)));
  await space.documents.write(document, "origin", [convening.record]);
  await space.documents.write(document, mapOfKind(ASSEMBLY_DOCUMENT, record.envelope.kind)!, [record]);
  return record.id;
}

/** @throws {AssemblyProblem} unless the member chairs the assembly. */
export function requireChair(context: AssemblyContext): void {
  if (!context.convening.chairs.includes(context.space.member.key)) throw new AssemblyProblem("not-chair", "Only the assembly's chairs can do this.");
}

/**
 * Checks `member` in (`present`) or out (AS5.1): the member themselves, or a chair for them
 * (chair-attested, AS3.5). @throws {AssemblyProblem} if another member who is no chair tries.
 */
export function setPresence(context: AssemblyContext, member: MemberKey, present: boolean): Promise<RecordId> {
  if (member !== context.space.member.key) requireChair(context);
  const theirs = grantOf(context.session, context.convening.chapter, member);
  return writeIn(context, (grant) => attendanceDraft(present ? "check-in" : "check-out", context.convening.id, member, [grant, theirs]));
}

/** Asks the floor on `item` as `as` (AS6.1), for the member. */
export function askFloor(context: AssemblyContext, item: RecordId, as: SpeakerRole): Promise<RecordId> {
  return writeIn(context, (grant) => speakerDraft(context.convening.id, item, context.space.member.key, as, [grant]));
}

/** A chair adds an item at the end of `parent`'s items (AS4.1). */
export function addAgendaItem(context: AssemblyContext, siblings: readonly AgendaNode[], parent: RecordId | null, title: string, minutes: number): Promise<RecordId> {
  requireChair(context);
  const trimmed = title.trim();
  if (trimmed === "") throw new AssemblyProblem("empty-title", "Give the item a title.");
  const order = siblings.reduce((most, node) => Math.max(most, node.order + 1), 0);
  return writeIn(context, (grant) => agendaItemDraft(context.convening.id, null, { parent, order, title: trimmed, minutes, links: [], removed: false }, [grant]));
}

/** A chair's new version of `item` (AS4.2): moved, retitled or removed. */
export function editAgendaItem(context: AssemblyContext, item: AgendaNode, parent: RecordId | null, change: Partial<AgendaItemFields>): Promise<RecordId> {
  requireChair(context);
  const fields: AgendaItemFields = { parent, order: item.order, title: item.title, minutes: item.minutes, links: item.links, removed: false, ...change };
  return writeIn(context, (grant) => agendaItemDraft(context.convening.id, item.id, fields, [grant]));
}

/** A chair moves the current item (AS4.4). */
export function setCurrentItem(context: AssemblyContext, item: RecordId | null): Promise<RecordId> {
  requireChair(context);
  return writeIn(context, (grant) => agendaCurrentDraft(context.convening.id, item, [grant]));
}

/** A chair's order of `item`'s speakers (AS6.2). */
export function orderSpeakers(context: AssemblyContext, item: RecordId, queue: readonly RecordId[]): Promise<RecordId> {
  requireChair(context);
  return writeIn(context, (grant) => speakersOrderDraft(context.convening.id, item, queue, [grant]));
}

/** A chair gives `request` the floor (`seconds` null) or ends the speech after `seconds` (AS6.3). */
export function timeSpeech(context: AssemblyContext, request: RecordId, seconds: number | null): Promise<RecordId> {
  requireChair(context);
  return writeIn(context, (grant) => speechDraft(context.convening.id, request, seconds, [grant]));
}
