/**
 * The paper result and minutes records to sign (PROTOCOL.md AS9, AS10), one builder per kind:
 * each writes exactly the members its kind lists, tellers sorted. `deps` carry what the caller
 * cites (the signer's grant; for a `secretary`, the member's grant); each builder adds the ids its
 * body names (AS3.1, AS9.1, AS9.2).
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { MinutesNoteBody, MinutesRole, MinutesSignBody, SecretaryBody } from "./minutes-bodies.js";
import type { PaperResultBody, PaperResultFields, TellerSignBody } from "./paper-result-bodies.js";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A `paper-result` (AS9.1) of `assembly`. Never throws. */
export function paperResultDraft(assembly: RecordId, fields: PaperResultFields, deps?: Iterable<RecordId>): RecordDraft<"paper-result", BodyFields<PaperResultBody>> {
  const { item, question, method, options, abstentions, present, electorate, quorum, threshold, tellers } = fields;
  return {
    kind: "paper-result",
    body: { assembly, item, question, method, options: options.map(({ label, count }) => ({ label, count })), abstentions, present, electorate, quorum, threshold, tellers: [...tellers].sort(byText) },
    deps: withNamed(deps, assembly, item),
  };
}

/** A `teller-sign` (AS9.2): a teller's own count of `result`. Never throws. */
export function tellerSignDraft(assembly: RecordId, result: RecordId, counts: readonly number[], abstentions: number, deps?: Iterable<RecordId>): RecordDraft<"teller-sign", BodyFields<TellerSignBody>> {
  return { kind: "teller-sign", body: { assembly, result, counts: [...counts], abstentions }, deps: withNamed(deps, assembly, result) };
}

/** A `secretary` (AS10.1): a chair names `member`; `deps` must cite the member's grant. Never throws. */
export function secretaryDraft(assembly: RecordId, member: MemberKey, deps?: Iterable<RecordId>): RecordDraft<"secretary", BodyFields<SecretaryBody>> {
  return { kind: "secretary", body: { assembly, member }, deps: withNamed(deps, assembly) };
}

/** A `minutes-note` (AS10.2): the chair's or the secretary's note. Never throws. */
export function minutesNoteDraft(assembly: RecordId, as: MinutesRole, text: string, deps?: Iterable<RecordId>): RecordDraft<"minutes-note", BodyFields<MinutesNoteBody>> {
  return { kind: "minutes-note", body: { assembly, as, text }, deps: withNamed(deps, assembly) };
}

/** A `minutes-sign` (AS10.3): the chair's or the secretary's signature of the minutes until `until`, whose digest is `digest` (AS10.4). Never throws. */
export function minutesSignDraft(assembly: RecordId, as: MinutesRole, until: number, digest: string, deps?: Iterable<RecordId>): RecordDraft<"minutes-sign", BodyFields<MinutesSignBody>> {
  return { kind: "minutes-sign", body: { assembly, as, until, digest }, deps: withNamed(deps, assembly) };
}
