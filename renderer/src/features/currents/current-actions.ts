/**
 * What a member does with currents (PROTOCOL.md CU3, CU4, CU6): found one with its name and
 * statement, join it, leave it; a moderator of the root hides abuse in a statement with a reason. Each checks the body against its schema, cites the member's grant in the
 * organisation (CU2.4), signs through the vault and writes the record into the organisation's
 * Currents document (CU1), never a chapter's. Posting in a current's discussion is chat's
 * `sendMessage` on its room (CU5). Each throws a CurrentProblem the member can act on.
 */
import { hideDraft, moderatorDeps, parseChatBody, roomMemberDeps } from "@chapterhouse/crdt/chat";
import { currentDraft, currentMembershipDraft, MAX_CURRENT_NAME_LENGTH, MAX_CURRENT_STATEMENT_LENGTH, parseCurrentBody } from "@chapterhouse/crdt/currents";
import type { RecordDraft } from "@chapterhouse/crdt/kinds";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { CurrentProblem } from "./current-problem.js";

/** Where the organisation's currents are, as the screen last read them. */
export interface CurrentsPlace {
  readonly root: ChapterId;
  readonly document: DocumentUrl | undefined;
}

/** The member's grant in the organisation (CU2.4) and the Currents document, where the record goes. */
function authority(space: MemberSpace, organisation: OpenOrganisation, place: CurrentsPlace): { document: DocumentUrl; deps: RecordId[] } {
  const deps = roomMemberDeps(organisation.view.get().roster, { chapter: place.root, access: "subtree", members: [] }, space.member.key);
  if (deps === undefined) throw new CurrentProblem("not-member", "Only members of the organisation can do this.");
  if (place.document === undefined) throw new CurrentProblem("not-here-yet", "The organisation's currents are not on this device yet.");
  return { document: place.document, deps };
}

/** Signs a draft whose body its schema accepts (CU2.1). */
async function sign(space: MemberSpace, draft: RecordDraft<"current" | "current-join" | "current-leave">) {
  const parsed = parseCurrentBody(draft.kind, draft.body);
  if (!parsed.ok) throw new CurrentProblem("not-signable", `This cannot be signed: ${parsed.problem}.`, { detail: parsed.problem });
  return space.signDraft(draft);
}

/**
 * Founds a current (CU3) with the member as its founder and first member; resolves with its id.
 * @throws {CurrentProblem} if the member may not, or the name or statement is empty or too long.
 */
export async function foundCurrent(space: MemberSpace, organisation: OpenOrganisation, place: CurrentsPlace, input: { readonly name: string; readonly statement: string }): Promise<RecordId> {
  const name = input.name.trim();
  const statement = input.statement.trim();
  if (name === "") throw new CurrentProblem("no-name", "Give the current a name first.");
  if (name.length > MAX_CURRENT_NAME_LENGTH) throw new CurrentProblem("too-long", `At most ${MAX_CURRENT_NAME_LENGTH} characters.`, { limit: MAX_CURRENT_NAME_LENGTH });
  if (statement === "") throw new CurrentProblem("no-statement", "Write the position the current shares first.");
  if (statement.length > MAX_CURRENT_STATEMENT_LENGTH) throw new CurrentProblem("too-long", `At most ${MAX_CURRENT_STATEMENT_LENGTH} characters.`, { limit: MAX_CURRENT_STATEMENT_LENGTH });
  const { document, deps } = authority(space, organisation, place);
  const record = await sign(space, currentDraft({ root: place.root, name, statement }, deps));
  await space.documents.write(document, "currents", [record]);
  return record.id;
}

/**
 * Joins (`in` true) or leaves the current `current` (CU4), by the member's own record.
 * @throws {CurrentProblem} if the member is no member of the organisation, or the currents are not on this device.
 */
export async function setCurrentMembership(space: MemberSpace, organisation: OpenOrganisation, place: CurrentsPlace, current: RecordId, joining: boolean): Promise<RecordId> {
  const { document, deps } = authority(space, organisation, place);
  const record = await sign(space, currentMembershipDraft(joining ? "current-join" : "current-leave", { root: place.root, current }, deps));
  await space.documents.write(document, "members", [record]);
  return record.id;
}

/**
 * Hides (`hidden` true) or shows again the statement of `current` for the abuse `reason` names
 * (CU6), signed by a moderator of the root; the current itself, its name and members stay. The
 * hide goes beside the current and a copy into the root's moderation log (MOD4).
 * @throws {CurrentProblem} if the member moderates no room of the root, or the reason is not one CH8 accepts.
 */
export async function hideStatement(space: MemberSpace, organisation: OpenOrganisation, place: CurrentsPlace & { readonly log: DocumentUrl | undefined }, current: RecordId, reason: string, hidden: boolean): Promise<RecordId> {
  const deps = moderatorDeps(organisation.view.get().roster, { chapter: place.root }, space.member.key);
  if (deps === undefined) throw new CurrentProblem("not-moderator", "Only the organisation's moderators can do this.");
  if (place.document === undefined) throw new CurrentProblem("not-here-yet", "The organisation's currents are not on this device yet.");
  const draft = hideDraft({ scope: current, target: current, reason: reason.trim(), hidden }, deps);
  const parsed = parseChatBody("hide", draft.body);
  if (!parsed.ok) throw new CurrentProblem("not-signable", `This cannot be signed: ${parsed.problem}.`, { detail: parsed.problem });
  const record = await space.signDraft(draft);
  await space.documents.write(place.document, "currents", [record]);
  if (place.log !== undefined) await space.documents.write(place.log, "messages", [record]);
  return record.id;
}
