import { createContext, useContext } from "react";
import type { MemberKey } from "@chapterhouse/crdt";

/** No names known: members show by the start of their key. */
const NO_NAMES: ReadonlyMap<MemberKey, string> = new Map();

/**
 * How the members of the organisation on screen are shown (PROTOCOL.md PF7: their profiles' names),
 * provided by the shell for the screens of one organisation.
 */
export const MemberNamesContext = createContext<ReadonlyMap<MemberKey, string>>(NO_NAMES);

/** The names of the organisation on screen (none outside one). */
export function useMemberNames(): ReadonlyMap<MemberKey, string> {
  return useContext(MemberNamesContext);
}
