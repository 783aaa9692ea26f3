/**
 * An assembly's minutes (PROTOCOL.md AS10.4, AS10.5): drafted from its valid records until a
 * claimed time, as one canonical JSON text (R1) whose digest the chair and the secretary sign, and
 * whether their signatures sign what this device computes. Pure and deterministic: no clock, no
 * locale, names as keys. Never throws.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { toBase64url } from "../encoding/base64url.js";
import { utf8 } from "../encoding/utf8.js";
import { canonicalize } from "../records/canonical.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { Fraction } from "../tally/types.js";
import type { ParsedRecord } from "../records/record.js";
import type { AgendaCurrentBody, AttendanceBody, SpeakerRole } from "./assembly-bodies.js";
import { assemblyView, type AgendaNode } from "./assembly-view.js";
import type { AssemblyRecord } from "./judge-assembly.js";
import type { Convening } from "./judge-convening.js";
import type { MinutesRecord } from "./judge-minutes.js";
import type { MinutesNoteBody, MinutesRole, MinutesSignBody, SecretaryBody } from "./minutes-bodies.js";
import { paperResults, type PaperResult } from "./paper-results.js";

/** An agenda item in the minutes (AS10.4). */
export interface MinutesItem {
  readonly item: RecordId;
  readonly title: string;
  readonly minutes: number;
  readonly links: readonly RecordId[];
  readonly children: readonly MinutesItem[];
}

/** The minutes of AS10.4, whose canonical JSON is signed. */
export interface MinutesContent {
  readonly v: 1;
  readonly assembly: RecordId;
  readonly chapter: ChapterId;
  readonly event: RecordId;
  readonly chairs: readonly MemberKey[];
  readonly quorum: Fraction | null;
  readonly until: number;
  readonly secretary: MemberKey | null;
  readonly attendance: readonly { readonly record: RecordId; readonly member: MemberKey; readonly kind: "check-in" | "check-out"; readonly at: number; readonly attested: boolean }[];
  readonly current: readonly { readonly record: RecordId; readonly item: RecordId | null; readonly at: number }[];
  readonly agenda: readonly MinutesItem[];
  readonly speeches: readonly { readonly request: RecordId; readonly item: RecordId; readonly member: MemberKey; readonly as: SpeakerRole; readonly seconds: number | null }[];
  readonly results: readonly (Omit<PaperResult, "id" | "chair" | "at" | "counts"> & { readonly record: RecordId })[];
  readonly notes: { readonly chair: string; readonly secretary: string };
}

/** A signature of the minutes as it stands (AS10.5). */
export interface MinutesSignature {
  readonly id: RecordId;
  readonly signer: MemberKey;
  readonly until: number;
  readonly digest: string;
  readonly at: number;
  /** True when `digest` is the digest of the minutes until `until` as this device computes them. */
  readonly matches: boolean;
}

/** The minutes of an assembly as this device holds them. */
export interface MinutesState {
  /** The secretary as it stands (AS10.1), or null. */
  readonly secretary: MemberKey | null;
  /** Each note as it stands (AS10.2), "" for none. */
  readonly notes: { readonly chair: string; readonly secretary: string };
  /** The time the draft stops at: the latest signature's `until`, else the latest `at` of the records. */
  readonly until: number;
  /** AS10.4's minutes until `until`, their canonical JSON and its digest. */
  readonly content: MinutesContent;
  readonly text: string;
  readonly digest: string;
  readonly signatures: { readonly chair: MinutesSignature | null; readonly secretary: MinutesSignature | null };
  /** AS10.5. */
  readonly signed: boolean;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byTime = (a: ParsedRecord, b: ParsedRecord): number => a.envelope.at - b.envelope.at || byText(a.id, b.id);
/** The latest of `entries` by claimed time, then the larger id. */
const latestOf = <E extends { record: ParsedRecord }>(entries: readonly E[]): E | undefined => [...entries].sort((a, b) => byTime(b.record, a.record))[0];

/** The digest of a minutes text (AS10.4): base64url of SHA-256 of its UTF-8. Never throws. */
export function minutesDigest(text: string): string {
  return toBase64url(sha256(utf8(text)));
}

const agendaOf = (nodes: readonly AgendaNode[]): MinutesItem[] => nodes.map((node) => ({ item: node.id, title: node.title, minutes: node.minutes, links: node.links, children: agendaOf(node.children) }));

/** The note of `as` among `entries` (AS10.2), "" for none. */
const noteOf = (entries: readonly MinutesRecord[], as: MinutesRole): string =>
  latestOf(entries.filter((entry): entry is MinutesRecord<MinutesNoteBody> => entry.body.kind === "minutes-note" && entry.body.as === as))?.body.text ?? "";

/** AS10.1: the secretary among `entries`, or null. */
const secretaryOf = (entries: readonly MinutesRecord[]): MemberKey | null => latestOf(entries.filter((entry): entry is MinutesRecord<SecretaryBody> => entry.body.kind === "secretary"))?.body.member ?? null;

/**
 * AS10.4: the minutes until `until`, from the valid records of the Assembly document
 * (`judgeAssembly`'s and `judgeMinutes`'s `valid`). Never throws.
 */
export function minutesContent(convening: Convening, assembly: readonly AssemblyRecord[], minutes: readonly MinutesRecord[], until: number): MinutesContent {
  const held = assembly.filter(({ record }) => record.envelope.at <= until).sort((a, b) => byTime(a.record, b.record));
  const said = minutes.filter(({ record }) => record.envelope.at <= until).sort((a, b) => byTime(a.record, b.record));
  const view = assemblyView(convening, held);
  const attendance = held
    .filter((entry): entry is AssemblyRecord<AttendanceBody> => entry.body.kind === "check-in" || entry.body.kind === "check-out")
    .map(({ record, body }) => ({ record: record.id, member: body.member, kind: body.kind, at: record.envelope.at, attested: record.envelope.signer !== body.member }));
  const current = held.filter((entry): entry is AssemblyRecord<AgendaCurrentBody> => entry.body.kind === "agenda-current").map(({ record, body }) => ({ record: record.id, item: body.item, at: record.envelope.at }));
  const speeches = [...view.done.values()]
    .flat()
    .sort((a, b) => a.at - b.at || byText(a.id, b.id))
    .map(({ id, item, member, as, seconds }) => ({ request: id, item, member, as, seconds }));
  const results = paperResults(said).map(({ id, item, question, method, options, abstentions, present, electorate, quorum, threshold, tellers, status, outcome, winner }) => ({ record: id, item, question, method, options, abstentions, present, electorate, quorum, threshold, tellers, status, outcome, winner }));
  return {
    v: 1,
    assembly: convening.id,
    chapter: convening.chapter,
    event: convening.event,
    chairs: convening.chairs,
    quorum: convening.quorum,
    until,
    secretary: secretaryOf(said),
    attendance,
    current,
    agenda: agendaOf(view.agenda),
    speeches,
    results,
    notes: { chair: noteOf(said, "chair"), secretary: noteOf(said, "secretary") },
  };
}

/** AS10.4: the canonical JSON of `content` (R1). Never throws. */
export function minutesText(content: MinutesContent): string {
  return canonicalize(content);
}

/**
 * The minutes as this device holds them (AS10.1–AS10.5), from the valid records of the Assembly
 * document. Never throws.
 */
export function minutesState(convening: Convening, assembly: readonly AssemblyRecord[], minutes: readonly MinutesRecord[]): MinutesState {
  const signs = minutes.filter((entry): entry is MinutesRecord<MinutesSignBody> => entry.body.kind === "minutes-sign");
  const drafted = [...assembly.map(({ record }) => record.envelope.at), ...minutes.filter(({ body }) => body.kind !== "minutes-sign").map(({ record }) => record.envelope.at), 0];
  const last = latestOf(signs);
  const until = last?.body.until ?? Math.max(...drafted);
  const texts = new Map<number, { content: MinutesContent; text: string }>();
  const draftAt = (at: number) => {
    const held = texts.get(at);
    if (held !== undefined) return held;
    const content = minutesContent(convening, assembly, minutes, at);
    const drafted = { content, text: minutesText(content) };
    texts.set(at, drafted);
    return drafted;
  };
  const textAt = (at: number): string => draftAt(at).text;
  const signature = (as: MinutesRole): MinutesSignature | null => {
    const entry = latestOf(signs.filter(({ body }) => body.as === as));
    if (entry === undefined) return null;
    const { body, record } = entry;
    return { id: record.id, signer: record.envelope.signer, until: body.until, digest: body.digest, at: record.envelope.at, matches: body.digest === minutesDigest(textAt(body.until)) };
  };
  const chair = signature("chair");
  const secretary = signature("secretary");
  const { content, text } = draftAt(until);
  const signed = chair !== null && secretary !== null && chair.signer !== secretary.signer && chair.until === secretary.until && chair.digest === secretary.digest && chair.matches;
  return { secretary: secretaryOf(minutes), notes: { chair: noteOf(minutes, "chair"), secretary: noteOf(minutes, "secretary") }, until, content, text, digest: minutesDigest(text), signatures: { chair, secretary }, signed };
}
