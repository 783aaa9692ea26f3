import type { ProfilesRead } from "@chapterhouse/crdt/profiles";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { createContext, useContext } from "react";

/** The profiles of the organisation on screen (PROTOCOL.md PF5), and that organisation's document id. */
export interface ProfilesOnScreen {
  /** The Organisation document's id, as in the address; undefined outside an organisation's screens. */
  readonly organisation: string | undefined;
  readonly profiles: ProfilesRead;
  /** The device's member while their identity is unlocked: shown as "You". */
  readonly me: { readonly key: MemberKey; readonly name: string } | undefined;
}

/** Outside an organisation: no profiles known, members show by the start of their key. */
export const NO_PROFILES: ProfilesOnScreen = { organisation: undefined, profiles: { members: new Map(), labels: new Map(), invalid: [] }, me: undefined };

/** Provided by `ProfileNames` for the screens of one organisation. */
export const ProfilesContext = createContext<ProfilesOnScreen>(NO_PROFILES);

/** The profiles of the organisation on screen (none outside one). */
export function useProfiles(): ProfilesOnScreen {
  return useContext(ProfilesContext);
}
