/**
 * The `member-name` record (PROTOCOL.md M14; D4: Chapter `names`): the name a member signs, so that
 * other members see it next to what the member signs. Display only, never authority: no rule of
 * membership, proposals or votes reads it.
 *
 * Body exactly `{ chapter, name, seq }`; `deps` cite the chapter. Valid in the Chapter document of
 * its `chapter` (D7) when its signer is a member of that chapter (M11.1) by the device's roster.
 * A member's name is that of their valid record with the highest `seq`, then the smallest id,
 * across the chapters the device holds. Two members showing the same name are told apart by the
 * start of their keys.
 */
import {
  MAX_SEQ,
  isMember,
  type CanonicalValue,
  type ChapterId,
  type MemberKey,
  type ParsedRecord,
  type RecordId,
  type Roster,
} from "@chapterhouse/crdt";
import { MEMBER_NAME_LIMIT } from "../../shared/documents/member-name-limit.js";
import { shortKey } from "./member-label.js";

/** The record kind. */
export const MEMBER_NAME = "member-name";


/** A member-name record's body. */
export interface MemberNameBody {
  readonly chapter: ChapterId;
  readonly name: string;
  readonly seq: number;
}

/** A valid member-name record, as the organisation's screens use it. */
export interface NameEntry extends MemberNameBody {
  readonly id: RecordId;
  readonly key: MemberKey;
}

/** Whether `text` holds a C0 or C1 control character or DEL (U+0000–U+001F, U+007F–U+009F): never in a name (M14.1). */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return true;
  }
  return false;
}

/** Whether `name` can be signed as a name (M14.1): 1–200 code units, no surrounding spaces, no control characters. Never throws. */
export function isMemberName(name: string): boolean {
  return name.length >= 1 && name.length <= MEMBER_NAME_LIMIT && name.trim() === name && !hasControl(name);
}

/** The body to sign. Never throws. */
export function memberNameBody(chapter: ChapterId, name: string, seq: number): CanonicalValue {
  return { chapter, name, seq };
}

/** Reads a body: undefined unless exactly `{ chapter, name, seq }`, each well formed (M14.1). Never throws. */
export function parseMemberName(body: CanonicalValue): MemberNameBody | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const fields = body as { readonly [key: string]: CanonicalValue };
  if (Object.keys(fields).sort().join(",") !== "chapter,name,seq") return undefined;
  const { chapter, name, seq } = fields;
  if (typeof chapter !== "string" || typeof name !== "string" || !isMemberName(name)) return undefined;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 1 || seq > MAX_SEQ) return undefined;
  return { chapter: chapter as ChapterId, name, seq };
}

/**
 * The member-name records of one Chapter document that count (M14.2): well formed, citing the
 * chapter, signed by a member of it. The chapter binding itself is the document's context rule (D7).
 * Never throws.
 */
export function validNames(records: readonly ParsedRecord[], chapter: ChapterId, roster: Roster): NameEntry[] {
  return records.flatMap((record) => {
    if (record.envelope.kind !== MEMBER_NAME) return [];
    const body = parseMemberName(record.envelope.body);
    const key = record.envelope.signer;
    if (body === undefined || body.chapter !== chapter || !record.envelope.deps.includes(chapter) || !isMember(roster, chapter, key)) return [];
    return [{ ...body, id: record.id, key }];
  });
}

/** Each member's current name entry (M14.3): the highest `seq`, then the smallest id. Never throws. */
export function currentNames(entries: readonly NameEntry[]): Map<MemberKey, NameEntry> {
  const out = new Map<MemberKey, NameEntry>();
  for (const entry of entries) {
    const other = out.get(entry.key);
    if (other === undefined || entry.seq > other.seq || (entry.seq === other.seq && entry.id < other.id)) out.set(entry.key, entry);
  }
  return out;
}

/**
 * How each named member is shown (M14.4): the name, or, when another member shows the same name,
 * the name and the start of the key ("Alice (Oz5ERCAe…)"). Never throws.
 */
export function nameLabels(current: ReadonlyMap<MemberKey, NameEntry>): Map<MemberKey, string> {
  const holders = new Map<string, number>();
  for (const { name } of current.values()) holders.set(name, (holders.get(name) ?? 0) + 1);
  const out = new Map<MemberKey, string>();
  for (const [key, { name }] of current) out.set(key, holders.get(name)! > 1 ? `${name} (${shortKey(key)})` : name);
  return out;
}
