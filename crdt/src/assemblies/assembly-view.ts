/**
 * What an assembly shows, from its valid records (PROTOCOL.md AS4–AS6): the agenda as a tree with
 * its current item, who is in the room, and per item the speakers' queue, with each member's
 * speeches and time. Pure and deterministic: the same records give the same view on every device,
 * whatever order they arrived in. Never throws.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { AgendaItemBody, AttendanceBody, SpeakerBody, SpeakerRole, SpeakersOrderBody, SpeechBody } from "./assembly-bodies.js";
import type { AssemblyRecord } from "./judge-assembly.js";
import type { Convening } from "./judge-convening.js";

/** An agenda item as it stands (AS4.2), with the items under it (AS4.3). */
export interface AgendaNode {
  /** The item's id: its new-item record's id. */
  readonly id: RecordId;
  readonly title: string;
  readonly minutes: number;
  readonly links: readonly RecordId[];
  readonly order: number;
  readonly children: readonly AgendaNode[];
}

/** A member's attendance as it stands (AS5.1). */
export interface Attendance {
  readonly member: MemberKey;
  readonly present: boolean;
  /** True when the record that counts was signed by a chair, not the member. */
  readonly attested: boolean;
  /** Its claimed time (R6) and id. */
  readonly at: number;
  readonly id: RecordId;
}

/** A request for the floor as it stands (AS6.1, AS6.3). */
export interface SpeakerRequest {
  readonly id: RecordId;
  readonly item: RecordId;
  readonly member: MemberKey;
  readonly as: SpeakerRole;
  readonly attested: boolean;
  readonly at: number;
  /** `speaking` since `since` (a claimed time, display only); `done` after `seconds`. */
  readonly state: "waiting" | "speaking" | "done";
  readonly since: number | null;
  readonly seconds: number | null;
}

/** A member's share of the floor over the whole assembly (AS6.4). */
export interface SpeakerTotal {
  readonly member: MemberKey;
  readonly speeches: number;
  readonly seconds: number;
}

/** An assembly as every device shows it. */
export interface AssemblyView {
  /** The items at the top of the agenda, each with its children (AS4.3). */
  readonly agenda: readonly AgendaNode[];
  /** The current item (AS4.4), or null. */
  readonly current: RecordId | null;
  /** Every member with an attendance record, by key. */
  readonly attendance: readonly Attendance[];
  /** Per item, its queue (AS6.2): requests not done, the chair's order first; then, per item, those done. */
  readonly queues: ReadonlyMap<RecordId, readonly SpeakerRequest[]>;
  readonly done: ReadonlyMap<RecordId, readonly SpeakerRequest[]>;
  /** By member key. */
  readonly totals: readonly SpeakerTotal[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Later claimed time first, then the larger id (AS4.2, AS4.4, AS5.1, AS6.2, AS6.3). */
const latest = (a: ParsedRecord, b: ParsedRecord): number => b.envelope.at - a.envelope.at || byText(b.id, a.id);
/** Earlier claimed time first, then the smaller id. */
const earliest = (a: { at: number; id: string }, b: { at: number; id: string }): number => a.at - b.at || byText(a.id, b.id);

/** The latest record of each group, by the group's key. */
function latestBy<B>(records: readonly AssemblyRecord[], keyOf: (entry: AssemblyRecord) => string | undefined): Map<string, AssemblyRecord & { body: B }> {
  const out = new Map<string, AssemblyRecord & { body: B }>();
  for (const entry of records) {
    const key = keyOf(entry);
    if (key === undefined) continue;
    const held = out.get(key);
    if (held === undefined || latest(entry.record, held.record) < 0) out.set(key, entry as AssemblyRecord & { body: B });
  }
  return out;
}

/** AS4.2–AS4.3: the items that stand, as a tree. */
function agendaOf(records: readonly AssemblyRecord[]): AgendaNode[] {
  const items = records.filter((entry): entry is AssemblyRecord<AgendaItemBody> => entry.body.kind === "agenda-item");
  const versions = latestBy<AgendaItemBody>(items, ({ body, record }) => (body as AgendaItemBody).item ?? record.id);
  const standing = new Map([...versions].filter(([, entry]) => !entry.body.removed).map(([id, entry]) => [id as RecordId, entry.body]));
  /** A parent counts when it stands and is not the item or below it (no cycles, AS4.3). */
  const parentOf = (id: RecordId): RecordId | null => {
    const parent = standing.get(id)?.parent ?? null;
    if (parent === null || !standing.has(parent)) return null;
    for (let at: RecordId | null = parent, steps = 0; at !== null && steps <= standing.size; at = standing.get(at)?.parent ?? null, steps++) if (at === id) return null;
    return parent;
  };
  const childrenOf = new Map<RecordId | null, RecordId[]>();
  for (const id of standing.keys()) {
    const parent = parentOf(id);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), id]);
  }
  const build = (parent: RecordId | null, seen: ReadonlySet<RecordId>): AgendaNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((id) => !seen.has(id))
      .map((id) => ({ id, body: standing.get(id)! }))
      .sort((a, b) => a.body.order - b.body.order || byText(a.id, b.id))
      .map(({ id, body }) => ({ id, title: body.title, minutes: body.minutes, links: body.links, order: body.order, children: build(id, new Set([...seen, id])) }));
  return build(null, new Set());
}

/**
 * The view of an assembly (AS4–AS6) from its valid records (`judgeAssembly`'s `valid`).
 * Never throws.
 */
export function assemblyView(convening: Convening, records: readonly AssemblyRecord[]): AssemblyView {
  const agenda = agendaOf(records);
  const standing = new Set<RecordId>();
  const walk = (nodes: readonly AgendaNode[]): void => nodes.forEach((node) => (standing.add(node.id), walk(node.children)));
  walk(agenda);
  const current = latestBy<{ item: RecordId | null }>(records, ({ body }) => (body.kind === "agenda-current" ? "current" : undefined)).get("current")?.body.item ?? null;
  const chairAttested = (record: ParsedRecord, member: MemberKey) => record.envelope.signer !== member;

  const attendance = [...latestBy<AttendanceBody>(records, ({ body }) => (body.kind === "check-in" || body.kind === "check-out" ? body.member : undefined)).values()]
    .map(({ record, body }) => ({ member: body.member, present: body.kind === "check-in", attested: chairAttested(record, body.member), at: record.envelope.at, id: record.id }))
    .sort((a, b) => byText(a.member, b.member));

  const speeches = latestBy<SpeechBody>(records, ({ body }) => (body.kind === "speech" ? body.request : undefined));
  const requests: SpeakerRequest[] = records
    .filter((entry): entry is AssemblyRecord<SpeakerBody> => entry.body.kind === "speaker")
    .map(({ record, body }) => {
      const speech = speeches.get(record.id);
      const seconds = speech?.body.seconds ?? null;
      return {
        id: record.id,
        item: body.item,
        member: body.member,
        as: body.as,
        attested: chairAttested(record, body.member),
        at: record.envelope.at,
        state: speech === undefined ? "waiting" : seconds === null ? "speaking" : "done",
        since: speech !== undefined && seconds === null ? speech.record.envelope.at : null,
        seconds,
      } as const;
    })
    .sort(earliest);

  const orders = latestBy<SpeakersOrderBody>(records, ({ body }) => (body.kind === "speakers-order" ? body.item : undefined));
  const queues = new Map<RecordId, SpeakerRequest[]>();
  const done = new Map<RecordId, SpeakerRequest[]>();
  for (const item of standing) {
    const own = requests.filter((request) => request.item === item);
    const open = own.filter((request) => request.state !== "done");
    const byId = new Map(open.map((request) => [request.id, request]));
    const ordered = (orders.get(item)?.body.queue ?? []).flatMap((id) => byId.get(id) ?? []);
    const placed = new Set(ordered.map((request) => request.id));
    queues.set(item, [...ordered, ...open.filter((request) => !placed.has(request.id))]);
    done.set(item, own.filter((request) => request.state === "done"));
  }

  const totals = new Map<MemberKey, { speeches: number; seconds: number }>();
  for (const request of requests) {
    if (request.state !== "done" || request.seconds === null || request.seconds === 0) continue;
    const held = totals.get(request.member) ?? { speeches: 0, seconds: 0 };
    totals.set(request.member, { speeches: held.speeches + 1, seconds: held.seconds + request.seconds });
  }
  return {
    agenda,
    current: current !== null && standing.has(current) ? current : null,
    attendance,
    queues,
    done,
    totals: [...totals].map(([member, total]) => ({ member, ...total })).sort((a, b) => byText(a.member, b.member)),
  };
}
