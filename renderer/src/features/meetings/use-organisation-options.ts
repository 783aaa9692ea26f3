import { useMemo, useSyncExternalStore } from "react";
import type { HomeView } from "../organisation/index.js";
import type { Observable } from "../../shared/data/observable-value.js";
import type { MemberSpace } from "../organisation/index.js";
import type { OrganisationOption } from "./OrganisationChoice.js";

const NO_HOME: Observable<HomeView | undefined> = { get: () => undefined, subscribe: () => () => undefined };

/** The member's organisations (from their Home document) as options, by name; undefined while the identity is locked. */
export function useOrganisationOptions(space: MemberSpace | undefined): readonly OrganisationOption[] | undefined {
  const observable: Observable<HomeView | undefined> = space?.homeView ?? NO_HOME;
  const home = useSyncExternalStore(observable.subscribe, observable.get, observable.get);
  return useMemo(
    () =>
      space === undefined || home === undefined
        ? undefined
        : home.entries.organisations
            .map((entry) => ({ url: entry.organisation, name: entry.name }))
            .sort((a, b) => a.name.localeCompare(b.name)),
    [space, home],
  );
}
