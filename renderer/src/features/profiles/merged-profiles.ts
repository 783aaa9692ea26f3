/**
 * The members' profiles of several organisations as one (PROTOCOL.md PF5), for screens in no
 * organisation: a member known to several is named by the first one's profile. A store for
 * `useSyncExternalStore`: the same object while no organisation's profiles changed.
 */
import type { MemberProfile, ProfilesRead } from "@chapterhouse/crdt/profiles";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { Observable } from "../../shared/data/observable-value.js";

/** What is merged: each organisation's view, its profiles in it. */
export interface ProfilesSource {
  readonly view: Pick<Observable<{ readonly profiles: ProfilesRead }>, "get" | "subscribe">;
}

/** The profiles of `sessions` merged, the first session's first; the same object while none changed. */
export function mergedProfiles(sessions: readonly ProfilesSource[]): { subscribe: (listener: () => void) => () => void; get: () => ProfilesRead } {
  let last: { readonly parts: readonly ProfilesRead[]; readonly merged: ProfilesRead } | undefined;
  return {
    subscribe: (listener) => {
      const stops = sessions.map((session) => session.view.subscribe(listener));
      return () => stops.forEach((stop) => stop());
    },
    get: () => {
      const parts = sessions.map((session) => session.view.get().profiles);
      if (last !== undefined && last.parts.length === parts.length && last.parts.every((part, i) => part === parts[i])) return last.merged;
      const members = new Map<MemberKey, MemberProfile>();
      const labels = new Map<MemberKey, string>();
      for (const part of parts) {
        for (const [key, member] of part.members) if (!members.has(key)) members.set(key, member);
        for (const [key, label] of part.labels) if (!labels.has(key)) labels.set(key, label);
      }
      // By key in ascending order, as each organisation's (PF5).
      const sorted = new Map([...members].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      last = { parts, merged: { members: sorted, labels, invalid: parts.flatMap((part) => part.invalid) } };
      return last.merged;
    },
  };
}
