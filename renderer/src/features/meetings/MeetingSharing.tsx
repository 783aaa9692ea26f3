import { useEffect, useMemo } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useMemberSpace } from "../organisation/index.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { createDexieMeetingOrganisations } from "./meeting-organisations.js";

/**
 * Keeps the organisations chosen for each meeting announced to that meeting's relay, whatever
 * screen is open, from every page load on (connecting to a meeting reloads the desktop's page):
 * each is opened in the member's space with the meeting's relay among those serving it, which
 * announces its documents there (DESIGN.md §7). At each load it also adds the meeting relay
 * remembered to be added after the reload (meeting-actions.ts). Renders nothing; failures go
 * to `onError`.
 */
export function MeetingSharing({ onError }: { readonly onError: (error: unknown) => void }) {
  const { relays, db } = useAppData();
  const { space } = useMemberSpace();
  const store = useMemo(() => createDexieMeetingOrganisations(db), [db]);
  const snapshot = useObservable(relays.relays);
  const meetingRelays = snapshot.relays
    .filter((relay) => relay.kind === "meeting")
    .map((relay) => relay.url)
    .join(" ");

  useEffect(() => {
    store
      .takeConnectAfterReload()
      .then((relay) => (relay === undefined ? undefined : relays.addRelay(relay, "meeting")))
      .catch(onError);
  }, [store, relays, onError]);

  useEffect(() => {
    if (space === undefined || meetingRelays === "") return;
    let live = true;
    store.list().then((chosen) => {
      if (!live) return;
      for (const relay of meetingRelays.split(" ")) {
        for (const organisation of chosen.get(relay) ?? []) space.organisation(organisation, { relays: [relay] });
      }
    }, onError);
    return () => {
      live = false;
    };
  }, [space, meetingRelays, store, onError]);
  return null;
}
