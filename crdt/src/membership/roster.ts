/**
 * The roster (PROTOCOL.md M11, M12): the chapter tree with each chapter's direct members, role
 * holders and invites, as the fold leaves them, and its canonical serialisation.
 */
import { canonicalize } from "../records/canonical.js";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "../records/ids.js";
import type { FoldState } from "./fold-state.js";
import { codeUnitRanks } from "./id-ranks.js";
import type { AdmissionPolicy, Level, Place } from "./bodies.js";

/** A direct member of a chapter. */
export interface MemberEntry {
  readonly key: MemberKey;
  /** The record granting the membership: genesis, endorse, admit or rotate (M3.1). */
  readonly grant: RecordId;
  /** Whether the membership is a founder's (M3.5). */
  readonly founder: boolean;
}

/** A live role holding. */
export interface RoleEntry {
  readonly key: MemberKey;
  readonly role: string;
  /** The `role` record that granted it (M9.3). */
  readonly grant: RecordId;
}

/** An accepted invite and how far it has been used. */
export interface InviteEntry {
  readonly id: RecordId;
  readonly token: MemberKey;
  readonly maxUses: number;
  readonly expires: number;
  readonly uses: number;
  readonly closed: boolean;
}

/** One chapter of the roster. */
export interface ChapterRoster {
  readonly id: ChapterId;
  readonly name: string;
  readonly level: Level;
  readonly parent: ChapterId | null;
  readonly place: Place | null;
  readonly document: DocumentUrl;
  readonly admission: AdmissionPolicy;
  readonly founders: readonly MemberKey[];
  /** Child chapters, sorted by id. */
  readonly children: readonly ChapterId[];
  /** Direct members by key, in ascending key order. */
  readonly members: ReadonlyMap<MemberKey, MemberEntry>;
  /** Role holders of this chapter, sorted by key then role. */
  readonly roles: readonly RoleEntry[];
  /** Invites of this chapter, sorted by id. */
  readonly invites: readonly InviteEntry[];
}

/** The fold's result: every accepted chapter, in ascending id order. */
export interface Roster {
  readonly chapters: ReadonlyMap<ChapterId, ChapterRoster>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the roster from a finished fold's state. Never throws. */
export function rosterFromState(state: FoldState): Roster {
  const ids = [...state.chapters.keys()].sort(byText);
  const members = new Map<ChapterId, MemberEntry[]>(ids.map((id) => [id, []]));
  const roles = new Map<ChapterId, RoleEntry[]>(ids.map((id) => [id, []]));
  const invites = new Map<ChapterId, InviteEntry[]>(ids.map((id) => [id, []]));
  const children = new Map<ChapterId, ChapterId[]>(ids.map((id) => [id, []]));
  for (const grant of state.grants.values()) {
    if (grant.live)
      members.get(grant.chapter)!.push({ key: grant.key, grant: grant.id, founder: grant.founder });
  }
  for (const holding of state.holdings.values()) {
    if (holding.live)
      roles.get(holding.chapter)!.push({ key: holding.key, role: holding.role, grant: holding.id });
  }
  for (const invite of state.invites.values()) {
    const { id, token, maxUses, expires, uses, closed } = invite;
    invites.get(invite.chapter)!.push({ id, token, maxUses, expires, uses, closed });
  }
  for (const id of ids) {
    const parent = state.chapters.get(id)!.genesis.parent;
    if (parent !== null) children.get(parent)!.push(id);
  }
  const chapters = new Map<ChapterId, ChapterRoster>();
  for (const id of ids) {
    const { name, level, parent, place, document, admission, founders } = state.chapters.get(id)!.genesis;
    const sortedMembers = byKey(members.get(id)!);
    chapters.set(id, {
      id,
      name,
      level,
      parent,
      place,
      document,
      admission,
      founders,
      children: children.get(id)!,
      members: new Map(sortedMembers.map((entry) => [entry.key, entry])),
      roles: roles.get(id)!.sort((a, b) => byText(a.key, b.key) || byText(a.role, b.role)),
      invites: invites.get(id)!.sort((a, b) => byText(a.id, b.id)),
    });
  }
  return { chapters };
}

/**
 * Members sorted by key (UTF-16 code units), entries sharing a key keeping their order: each
 * placed by its key's rank (`codeUnitRanks`, numbers compared before strings), with no map of
 * keys and no sort of strings.
 */
function byKey(entries: MemberEntry[]): MemberEntry[] {
  const ranks = codeUnitRanks(entries.map((entry) => entry.key));
  const sorted = new Array<MemberEntry>(entries.length);
  for (let i = 0; i < entries.length; i++) sorted[ranks[i]!] = entries[i]!;
  return sorted;
}

/**
 * The canonical serialisation of a roster (M12): canonical JSON (R1) of
 * `{ v: 1, chapters: [...] }`, chapters in ascending id order, each with its genesis fields, `id`,
 * `members` (sorted by key), `roles` (sorted by key, then role) and `invites` (sorted by id).
 * Two devices holding the same records produce the same text.
 * @throws {CanonicalError} only if the roster was not built by the fold (e.g. holds floats).
 */
export function rosterToCanonical(roster: Roster): string {
  const chapters = [...roster.chapters.values()]
    .sort((a, b) => byText(a.id, b.id))
    .map((chapter) => ({
      id: chapter.id,
      name: chapter.name,
      level: chapter.level,
      parent: chapter.parent,
      place: chapter.place === null ? null : { lat: chapter.place.lat, lon: chapter.place.lon },
      document: chapter.document,
      admission: { sponsors: chapter.admission.sponsors, countersign: chapter.admission.countersign },
      founders: [...chapter.founders],
      members: [...chapter.members.values()]
        .sort((a, b) => byText(a.key, b.key))
        .map(({ key, grant, founder }) => ({ key, grant, founder })),
      roles: [...chapter.roles]
        .sort((a, b) => byText(a.key, b.key) || byText(a.role, b.role))
        .map(({ key, role, grant }) => ({ key, role, grant })),
      invites: [...chapter.invites]
        .sort((a, b) => byText(a.id, b.id))
        .map(({ id, token, maxUses, expires, uses, closed }) => ({
          id,
          token,
          maxUses,
          expires,
          uses,
          closed,
        })),
    }));
  return canonicalize({ v: 1, chapters });
}
