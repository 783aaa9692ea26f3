/**
 * Reading a member's Home document (PROTOCOL.md D4.1): its authorise step, which accepts only the
 * member's own entries with well-formed bodies, and what the accepted entries say — the newest
 * entry per organisation and per chapter.
 */
import type { Authorise } from "../chokepoint/read-document.js";
import type { MemberKey } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Rejection } from "../records/rejection.js";
import { parseHomeBody, type HomeChapterBody, type HomeKind, type HomeOrganisationBody } from "./home-bodies.js";
import { HOME_SPECS } from "./kinds.js";
import type { HomeChapter, HomeOrganisation } from "./home-records.js";

/** What a Home document says. */
export interface HomeEntries {
  /** Sorted by name, then URL. */
  readonly organisations: readonly HomeOrganisation[];
  /** Sorted by organisation, then chapter id. */
  readonly chapters: readonly HomeChapter[];
}

const HOME_KINDS: ReadonlySet<string> = new Set(HOME_SPECS.map((spec) => spec.kind));
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The Home document's authorise step (D3.8, D4.1): accepts the records signed by `member` whose
 * body is well formed for its kind; refuses the rest as `unauthorised`. Never throws.
 */
export function homeAuthorise(member: MemberKey): Authorise {
  return (records) => {
    const accepted: ParsedRecord[] = [];
    const rejections: Rejection[] = [];
    for (const record of records) {
      const { kind, body, signer } = record.envelope;
      const refuse = (detail: string) => rejections.push({ key: record.id, id: record.id, reason: "unauthorised", detail });
      const parsed = HOME_KINDS.has(kind) ? parseHomeBody(kind as HomeKind, body) : undefined;
      if (signer !== member) refuse("home: signed by someone other than the Home document's owner");
      else if (parsed?.ok === false) refuse(`home: malformed ${kind} body: ${parsed.problem}`);
      else accepted.push(record);
    }
    return { accepted, rejections };
  };
}

/** True when `a` is the newer of two entries (D4.1: the larger `at`, then the larger id). */
function newer(a: ParsedRecord, b: ParsedRecord): boolean {
  return a.envelope.at > b.envelope.at || (a.envelope.at === b.envelope.at && a.id > b.id);
}

/** The member's organisations and chapters from a Home document's accepted records (D4.1). Never throws; malformed bodies are skipped. */
export function homeEntries(records: readonly ParsedRecord[]): HomeEntries {
  const organisations = new Map<string, { record: ParsedRecord; entry: HomeOrganisationBody }>();
  const chapters = new Map<string, { record: ParsedRecord; entry: HomeChapterBody }>();
  for (const record of records) {
    const { kind, body } = record.envelope;
    if (!HOME_KINDS.has(kind)) continue;
    const parsed = parseHomeBody(kind as HomeKind, body);
    if (!parsed.ok) continue;
    const entry = parsed.body;
    const list: Map<string, { record: ParsedRecord; entry: typeof entry }> = entry.kind === "home-organisation" ? organisations : chapters;
    const key = entry.kind === "home-organisation" ? entry.organisation : `${entry.organisation} ${entry.chapter}`;
    const held = list.get(key);
    if (held === undefined || newer(record, held.record)) list.set(key, { record, entry });
  }
  return {
    organisations: [...organisations.values()]
      .map(({ entry: { organisation, root, name, relays } }) => ({ organisation, root, name, relays }))
      .sort((a, b) => byText(a.name, b.name) || byText(a.organisation, b.organisation)),
    chapters: [...chapters.values()]
      .map(({ entry: { organisation, chapter, document } }) => ({ organisation, chapter, document }))
      .sort((a, b) => byText(a.organisation, b.organisation) || byText(a.chapter, b.chapter)),
  };
}
