/**
 * The assembly records to sign (PROTOCOL.md AS2–AS6), one builder per kind: each writes exactly the
 * members its kind lists, lists sorted. `deps` carry what the caller cites (the signer's grant;
 * for AS3.5, the member's grant); each builder adds the ids its body names (AS2, AS3.1, AS4.1).
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { Fraction } from "../tally/types.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { AgendaCurrentBody, AgendaItemBody, AssemblyBody, AttendanceBody, SpeakerBody, SpeakerRole, SpeakersOrderBody, SpeechBody } from "./assembly-bodies.js";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An `assembly` (AS2): `event` of `chapter` convened, chaired by `chairs` (the signer among them). Never throws. */
export function assemblyDraft(fields: { chapter: ChapterId; event: RecordId; chairs: readonly MemberKey[]; quorum: Fraction | null }, deps?: Iterable<RecordId>): RecordDraft<"assembly", BodyFields<AssemblyBody>> {
  const { chapter, event, chairs, quorum } = fields;
  return { kind: "assembly", body: { chapter, event, chairs: [...new Set(chairs)].sort(byText), quorum }, deps: withNamed(deps, event) };
}

/** What an agenda item says (AS4.1). */
export interface AgendaItemFields {
  readonly parent: RecordId | null;
  readonly order: number;
  readonly title: string;
  readonly minutes: number;
  readonly links: readonly RecordId[];
  readonly removed: boolean;
}

/** An `agenda-item` (AS4.1): a new item of `assembly` (`item` null) or a chair's edit of `item`. Never throws. */
export function agendaItemDraft(assembly: RecordId, item: RecordId | null, fields: AgendaItemFields, deps?: Iterable<RecordId>): RecordDraft<"agenda-item", BodyFields<AgendaItemBody>> {
  const { parent, order, title, minutes, links, removed } = fields;
  return { kind: "agenda-item", body: { assembly, item, parent, order, title, minutes, links: [...new Set(links)].sort(byText), removed }, deps: withNamed(deps, assembly, item, parent) };
}

/** An `agenda-current` (AS4.4): the chair moves the current item to `item` (null: none). Never throws. */
export function agendaCurrentDraft(assembly: RecordId, item: RecordId | null, deps?: Iterable<RecordId>): RecordDraft<"agenda-current", BodyFields<AgendaCurrentBody>> {
  return { kind: "agenda-current", body: { assembly, item }, deps: withNamed(deps, assembly, item) };
}

/** A `check-in` or `check-out` (AS5.1) of `member`; `deps` must cite the member's grant (AS3.5). Never throws. */
export function attendanceDraft<K extends AttendanceBody["kind"]>(kind: K, assembly: RecordId, member: MemberKey, deps?: Iterable<RecordId>): RecordDraft<K, BodyFields<AttendanceBody>> {
  return { kind, body: { assembly, member }, deps: withNamed(deps, assembly) };
}

/** A `speaker` (AS6.1): `member` asks the floor on `item` as `as`; `deps` must cite the member's grant (AS3.5). Never throws. */
export function speakerDraft(assembly: RecordId, item: RecordId, member: MemberKey, as: SpeakerRole, deps?: Iterable<RecordId>): RecordDraft<"speaker", BodyFields<SpeakerBody>> {
  return { kind: "speaker", body: { assembly, item, member, as }, deps: withNamed(deps, assembly, item) };
}

/** A `speakers-order` (AS6.2): the chair's order of `item`'s requests. Never throws. */
export function speakersOrderDraft(assembly: RecordId, item: RecordId, queue: readonly RecordId[], deps?: Iterable<RecordId>): RecordDraft<"speakers-order", BodyFields<SpeakersOrderBody>> {
  return { kind: "speakers-order", body: { assembly, item, queue: [...new Set(queue)] }, deps: withNamed(deps, assembly, item) };
}

/** A `speech` (AS6.3): `request`'s speaker has the floor (`seconds` null) or finished after `seconds`. Never throws. */
export function speechDraft(assembly: RecordId, request: RecordId, seconds: number | null, deps?: Iterable<RecordId>): RecordDraft<"speech", BodyFields<SpeechBody>> {
  return { kind: "speech", body: { assembly, request, seconds }, deps: withNamed(deps, assembly, request) };
}
