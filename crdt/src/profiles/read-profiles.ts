/**
 * The profiles of an organisation's members as the app shows them (PROTOCOL.md PF5): for each
 * member of the roster, their current profile, the profiles that conflict with it, their
 * chapters, their key's fingerprint and the label that tells them apart; and the profile records
 * that are nobody's (malformed, or forged: signed by another key than the member they name).
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { Roster } from "../membership/roster.js";
import type { ParsedRecord } from "../records/record.js";
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
  // Per member, the current profile so far (PF5.3: the highest seq, then the smallest id) and the ids at that seq.
  const best = new Map<MemberKey, { record: ParsedRecord; body: ProfileBody; tied: RecordId[] }>();
  for (const record of records) {
    if (record.envelope.kind !== "profile" || seen.has(record.id)) continue;
    seen.add(record.id);
    const verdict = judgeProfile(record);
    if (!verdict.ok) {
      invalid.push({ id: record.id, signer: record.envelope.signer, member: verdict.member, problem: verdict.problem });
      continue;
    }
    const { body } = verdict;
    // A profile counts when its member is a member of the organisation (PF5.2).
    if (!chapters.has(body.member)) continue;
    const held = best.get(body.member);
    if (held === undefined || body.seq > held.body.seq) best.set(body.member, { record, body, tied: [record.id] });
    else if (body.seq === held.body.seq) {
      held.tied.push(record.id);
      if (record.id < held.record.id) {
        held.record = record;
        held.body = body;
      }
    }
  }

  const current = new Map<MemberKey, CurrentProfile>();
  for (const [member, { record, body }] of best) {
    current.set(member, { id: record.id, record, member, seq: body.seq, name: body.name, bio: body.bio, box: body.box, picture: body.picture });
  }
  const fingerprints = new Map([...chapters.keys()].map((member) => [member, keyFingerprint(member)]));
  const labels = memberLabels(new Map([...current].map(([member, profile]) => [member, profile.name])), (member) => fingerprints.get(member)!);

  const members = new Map<MemberKey, MemberProfile>();
  // The default sort orders strings by UTF-16 code units.
  for (const member of [...chapters.keys()].sort()) {
    const tied = best.get(member)?.tied ?? [];
    members.set(member, {
      member,
      chapters: chapters.get(member)!,
      fingerprint: fingerprints.get(member)!,
      current: current.get(member),
      conflicting: tied.length > 1 ? tied.sort() : [],
      label: labels.get(member),
    });
  }
  return { members, labels, invalid: invalid.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
