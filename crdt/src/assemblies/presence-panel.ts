/**
 * The presence and quorum panel (PROTOCOL.md AS5.2): who is in the room, their weight, the
 * chapter's electorate and whether the assembly's quorum is met — by the decision core's own
 * quorum rule (T5.2, `shareAtLeast`), never a second one. Never throws.
 */
import type { MemberKey } from "../records/ids.js";
import type { Fraction } from "../tally/types.js";
import type { Attendance } from "./assembly-view.js";
import { roomQuorum } from "./room-quorum.js";

/** What the panel shows. */
export interface PresencePanel {
  /** Members in the room, by key. */
  readonly present: readonly MemberKey[];
  /** Of them, the members of the electorate (one weight each, M11.3): the turnout weight. */
  readonly weight: number;
  /** The weight they carry as proxies for absent members (AS5.3, DG7): it counts toward the quorum. */
  readonly carried: number;
  /** In the room but no longer members of the chapter: shown, not counted. */
  readonly notCounted: readonly MemberKey[];
  /** The electorate's size and weight. */
  readonly electorate: number;
  readonly quorum: Fraction | null;
  /** The least weight present that meets the quorum (0 without one). */
  readonly needed: number;
  readonly met: boolean;
}

/**
 * The panel from the attendance as it stands (`assemblyView`), the chapter's electorate keys
 * (M11.3), the assembly's quorum (AS2) and the weight present members carry as proxies (AS5.3).
 */
export function presencePanel(attendance: readonly Attendance[], electorate: readonly MemberKey[], quorum: Fraction | null, carried = 0): PresencePanel {
  const voters = new Set(electorate);
  const present = attendance.filter((entry) => entry.present).map((entry) => entry.member);
  const weight = present.filter((key) => voters.has(key)).length;
  const size = voters.size;
  return { present, weight, carried, notCounted: present.filter((key) => !voters.has(key)), electorate: size, quorum, ...roomQuorum(weight + carried, size, quorum) };
}
