/**
 * What chairs, tellers and the secretary do for paper results and minutes (PROTOCOL.md AS9,
 * AS10): a chair enters a vote taken on paper or by hands and names its two tellers, each teller
 * signs their own count, a chair names the secretary, the chair and the secretary write their
 * notes and sign the minutes' digest. Each signs through the vault and writes into the assembly's
 * own document (assembly-actions.ts `writeIn`); each throws an AssemblyProblem the member can act on.
 */
import { minutesNoteDraft, minutesSignDraft, paperResultDraft, secretaryDraft, tellerSignDraft, type MinutesRole, type MinutesState, type PaperResult, type PaperResultFields } from "@chapterhouse/crdt/assemblies";
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { AssemblyProblem } from "./assembly-problem.js";
import { grantOf, requireChair, writeIn, type AssemblyContext } from "./assembly-actions.js";

/** A chair enters a paper or show-of-hands result (AS9.1); the tellers must be two different members. */
export function enterPaperResult(context: AssemblyContext, fields: PaperResultFields): Promise<RecordId> {
  requireChair(context);
  const question = fields.question.trim();
  if (question === "") throw new AssemblyProblem("empty-question", "Say what was put to the vote.");
  const [first, second] = fields.tellers;
  if (first === undefined || second === undefined || first === second) throw new AssemblyProblem("two-tellers", "Name two different tellers.");
  const options = fields.options.map(({ label, count }) => ({ label: label.trim(), count }));
  if (options.some(({ label }) => label === "") || new Set(options.map(({ label }) => label)).size !== options.length) throw new AssemblyProblem("option-labels", "Give every option a different name.");
  return writeIn(context, (grant) => paperResultDraft(context.convening.id, { ...fields, question, options }, [grant]));
}

/** A teller signs their own count of `result` (AS9.2): the chair's, or the one they counted. */
export function signAsTeller(context: AssemblyContext, result: PaperResult, counts: readonly number[], abstentions: number): Promise<RecordId> {
  if (!result.tellers.includes(context.space.member.key)) throw new AssemblyProblem("not-teller", "Only the tellers of this vote can sign its count.");
  return writeIn(context, (grant) => tellerSignDraft(context.convening.id, result.id, counts, abstentions, [grant]));
}

/** A chair names `member` the assembly's secretary (AS10.1). */
export function nameSecretary(context: AssemblyContext, member: MemberKey): Promise<RecordId> {
  requireChair(context);
  const theirs = grantOf(context.session, context.convening.chapter, member);
  return writeIn(context, (grant) => secretaryDraft(context.convening.id, member, [grant, theirs]));
}

/** The roles the member may write or sign the minutes as (AS10.2, AS10.3). */
export function minutesRolesOf(context: AssemblyContext, minutes: MinutesState): MinutesRole[] {
  const me = context.space.member.key;
  return [...(context.convening.chairs.includes(me) ? (["chair"] as const) : []), ...(minutes.secretary === me ? (["secretary"] as const) : [])];
}

function requireRole(context: AssemblyContext, minutes: MinutesState, as: MinutesRole): void {
  if (!minutesRolesOf(context, minutes).includes(as)) throw new AssemblyProblem(as === "chair" ? "not-chair" : "not-secretary", "Only the assembly's chairs and its secretary can do this.");
}

/** The chair's or the secretary's note (AS10.2); line ends kept, spaces at either end dropped. */
export function writeNote(context: AssemblyContext, minutes: MinutesState, as: MinutesRole, text: string): Promise<RecordId> {
  requireRole(context, minutes, as);
  const note = text.replace(/\r\n?/g, "\n").trim();
  return writeIn(context, (grant) => minutesNoteDraft(context.convening.id, as, note, [grant]));
}

/** Signs the minutes as drafted on this device (AS10.3): their `until` and digest. */
export function signMinutes(context: AssemblyContext, minutes: MinutesState, as: MinutesRole): Promise<RecordId> {
  requireRole(context, minutes, as);
  return writeIn(context, (grant) => minutesSignDraft(context.convening.id, as, minutes.until, minutes.digest, [grant]));
}
