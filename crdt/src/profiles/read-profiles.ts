/**
 * The profiles of an organisation's members as the app shows them (PROTOCOL.md PF5): for each
 * member of the roster, their current profile, the profiles that conflict with it, their
 * chapters, their key's fingerprint and the label that tells them apart; and the profile records
 * that are nobody's (malformed, or forged: signed by another key than the member they name).
 */
import type { ChapterId, MemberKey, RecordId } from "../ids.js";
import type { Roster } from "../membership/roster.js";
import type { ParsedRecord } from "../record.js";
import { judgeProfile } from "./judge-profile.js";
import { keyFingerprint } from "./key-fingerprint.js";
import { memberLabels } from "./member-labels.js";
import type { ProfileBody } from "./profile-body.js";

/** A member's current profile (PF5.3): its record and what it says. */
export interface CurrentProfile extends Omit<ProfileBody, "kind"> {
  readonly id: RecordId;
  /** The signed record, to copy into a Chapter document that lacks it (PF3.3). */
  readonly record: ParsedRecord;
}

/** One member as profiles show them. */
export interface MemberProfile {
  readonly member: MemberKey;
  /** The chapters the member is a direct member of, from the roster (M11), sorted. */
  readonly chapters: readonly ChapterId[];
  /** The six words of their key (PF6). */
  readonly fingerprint: readonly string[];
  /** Undefined while no profile of theirs is held. */
  readonly current: CurrentProfile | undefined;
  /** When two or more of their profiles share the highest `seq`: all their ids, sorted (PF5.3); else empty. */
  readonly conflicting: readonly RecordId[];
  /** How they are shown (PF7), when they have a profile. */
  readonly label: string | undefined;
}

/** A profile record that is no member's (PF5.2). */
export interface InvalidProfile {
  readonly id: RecordId;
  readonly signer: MemberKey;
  /** The member its body names, if it names one: never shown as theirs. */
  readonly member: MemberKey | undefined;
  readonly problem: string;
}

/** What `readProfiles` gives. */
export interface ProfilesRead {
  /** Every direct member of a chapter of the roster, by key in ascending order. */
  readonly members: ReadonlyMap<MemberKey, MemberProfile>;
  /** The label of each member with a profile (PF7). */
  readonly labels: ReadonlyMap<MemberKey, string>;
  /** Sorted by id. */
  readonly invalid: readonly InvalidProfile[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads the members' profiles (PF5) from signature-valid records of any documents the device holds
 * (Chapter documents' `profiles`, Profile documents' `profile`; records of other kinds and repeats
 * are ignored) and the roster of the organisation (M11). Pure: the same records and roster give
 * the same result in any order.
 * @throws {TypeError} if the roster holds a key that is not the base64url of 32 bytes (never for a fold's roster).
 */
export function readProfiles(records: readonly ParsedRecord[], roster: Roster): ProfilesRead {
  const chapters = new Map<MemberKey, ChapterId[]>();
  for (const chapter of roster.chapters.values()) {
    for (const member of chapter.members.keys()) {
      const list = chapters.get(member);
      if (list === undefined) chapters.set(member, [chapter.id]);
      else list.push(chapter.id);
    }
  }

  const seen = new Set<RecordId>();
  const invalid: InvalidProfile[] = [];
  const held = new Map<MemberKey, { readonly record: ParsedRecord; readonly body: ProfileBody }[]>();
  for (const record of records) {
    if (record.envelope.kind !== "profile" || seen.has(record.id)) continue;
    seen.add(record.id);
    const verdict = judgeProfile(record);
    if (!verdict.ok) invalid.push({ id: record.id, signer: record.envelope.signer, member: verdict.member, problem: verdict.problem });
    // A profile counts when its member is a member of the organisation (PF5.2).
    else if (chapters.has(verdict.body.member)) {
      const mine = held.get(verdict.body.member);
      if (mine === undefined) held.set(verdict.body.member, [{ record, body: verdict.body }]);
      else mine.push({ record, body: verdict.body });
    }
  }

  const current = new Map<MemberKey, { profile: CurrentProfile; conflicting: RecordId[] }>();
  for (const [member, profiles] of held) {
    // The highest seq, then the smallest id (PF5.3).
    const top = Math.max(...profiles.map((p) => p.body.seq));
    const tied = profiles.filter((p) => p.body.seq === top).sort((a, b) => byText(a.record.id, b.record.id));
    const { record, body } = tied[0]!;
    const profile: CurrentProfile = { id: record.id, record, member, seq: body.seq, name: body.name, bio: body.bio, box: body.box, picture: body.picture };
    current.set(member, { profile, conflicting: tied.length > 1 ? tied.map((p) => p.record.id) : [] });
  }
  const labels = memberLabels(new Map([...current].map(([member, { profile }]) => [member, profile.name])));

  const members = new Map<MemberKey, MemberProfile>();
  for (const member of [...chapters.keys()].sort(byText)) {
    const mine = current.get(member);
    members.set(member, {
      member,
      chapters: chapters.get(member)!,
      fingerprint: keyFingerprint(member),
      current: mine?.profile,
      conflicting: mine?.conflicting ?? [],
      label: labels.get(member),
    });
  }
  return { members, labels, invalid: invalid.sort((a, b) => byText(a.id, b.id)) };
}
