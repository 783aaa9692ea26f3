import type {
  DiscoveredMeeting,
  HostedMeeting,
  MeetingInterface,
  MeetingStatus,
} from "@chapterhouse/crdt/desktop";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useMemberSpace } from "../organisation/index.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";
import { HostedMeetingView } from "./HostedMeetingView.js";
import { HostMeetingForm } from "./HostMeetingForm.js";
import { JoinMeetingForm } from "./JoinMeetingForm.js";
import { hostMeeting, joinMeeting, stopHostedMeeting, type MeetingDeps } from "./meeting-actions.js";
import { createDexieMeetingOrganisations, type MeetingOrganisations } from "./meeting-organisations.js";
import { NearbyMeetings } from "./NearbyMeetings.js";
import { useOrganisationOptions } from "./use-organisation-options.js";
import { withoutCode } from "./without-code.js";

/** How often the list of meetings on the network is read again while the screen is open. */
const DISCOVERY_INTERVAL_MS = 5_000;

/** Host and port of a relay address, or undefined. Never throws. */
function hostAndPort(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port}`;
  } catch {
    return undefined;
  }
}

/**
 * Meetings: hosting one (where the Platform can), the meetings this device syncs with, those
 * announced on the network (where it can hear them), and joining one from its join address.
 */
export function MeetingsScreen() {
  const { platform, relays, db } = useAppData();
  const { space } = useMemberSpace();
  const organisations = useOrganisationOptions(space);
  const snapshot = useObservable(relays.relays);
  const store = useMemo(() => createDexieMeetingOrganisations(db), [db]);
  const deps = useMemo<MeetingDeps>(() => ({ platform, relays, store, reload: () => window.location.reload() }), [platform, relays, store]);
  const { meetings } = platform;

  const [status, setStatus] = useState<MeetingStatus | undefined>(undefined);
  const [interfaces, setInterfaces] = useState<readonly MeetingInterface[] | undefined>(undefined);
  const [found, setFound] = useState<readonly DiscoveredMeeting[] | undefined>(undefined);
  const [chosen, setChosen] = useState<MeetingOrganisations>(new Map());
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [ended, setEnded] = useState<string | undefined>(undefined);

  useEffect(() => {
    meetings.status().then(setStatus, (error: unknown) => setProblem(withoutCode(error)));
    if (meetings.hosting.type === "available") meetings.interfaces().then(setInterfaces, (error: unknown) => setProblem(withoutCode(error)));
  }, [meetings]);
  useEffect(() => {
    store.list().then(setChosen, (error: unknown) => setProblem(withoutCode(error)));
  }, [store, status, snapshot]);
  const refresh = useCallback(() => {
    meetings.discover().then(setFound, (error: unknown) => setProblem(withoutCode(error)));
  }, [meetings]);
  useEffect(() => {
    if (meetings.discovery.type !== "available") return;
    refresh();
    const timer = window.setInterval(refresh, DISCOVERY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [meetings, refresh]);

  const hosted = status?.type === "hosting" ? status.meeting : undefined;
  const nameOf = (url: string) => organisations?.find((o) => o.url === url)?.name ?? "an organisation";
  const joined = snapshot.relays.filter((relay) => relay.kind === "meeting" && relay.url !== hosted?.relayUrl);

  async function stop(meeting: HostedMeeting): Promise<void> {
    const result = await stopHostedMeeting(deps, meeting);
    setStatus({ type: "idle" });
    setEnded(
      result.type === "stopped"
        ? `“${meeting.name}” has ended: its relay is closed, and the address no longer answers.`
        : "No meeting was running.",
    );
  }

  return (
    <div className="meetings">
      <ScreenHeading>Meetings</ScreenHeading>
      <p className="lede">
        A meeting lets everyone in a room sync with each other without internet: one computer hosts it on the room&rsquo;s
        network, and phones and laptops join it.
      </p>
      {problem === undefined ? null : (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {ended === undefined ? null : (
        <p className="notice" role="status">
          {ended}
        </p>
      )}

      {meetings.hosting.type === "unavailable" ? (
        <section aria-labelledby="host-heading">
          <h2 id="host-heading">Host a meeting</h2>
          <p>{meetings.hosting.reason}</p>
          <p className="help">Only the host needs the desktop app: everyone else joins from a browser or a phone.</p>
        </section>
      ) : status === undefined ? (
        <p aria-busy="true">Checking whether this computer hosts a meeting…</p>
      ) : hosted !== undefined ? (
        <HostedMeetingView
          meeting={hosted}
          connection={snapshot.relays.find((relay) => relay.url === hosted.relayUrl)?.state}
          organisations={(chosen.get(hosted.relayUrl) ?? []).map(nameOf)}
          onStop={() => stop(hosted)}
          copy={(text) => window.navigator.clipboard.writeText(text)}
        />
      ) : (
        <HostMeetingForm
          interfaces={interfaces}
          organisations={organisations}
          defaultName={space === undefined ? "Meeting" : `${space.member.name}'s meeting`.slice(0, 60)}
          onHost={async (options, chosenOrganisations) => {
            await hostMeeting(deps, options, chosenOrganisations);
          }}
        />
      )}

      {joined.length === 0 ? null : (
        <section aria-labelledby="joined-heading">
          <h2 id="joined-heading">Meetings this device syncs with</h2>
          <ul className="card-list" aria-label="Meetings this device syncs with">
            {joined.map((relay) => (
              <li key={relay.url}>
                <span>{hostAndPort(relay.url)}</span>
                <span className="muted">{relay.state === "connected" ? "Connected" : relay.state === "connecting" ? "Connecting…" : "Not reachable"}</span>
                <span className="muted">{(chosen.get(relay.url) ?? []).map(nameOf).join(", ")}</span>
                <button
                  type="button"
                  onClick={() =>
                    void relays
                      .removeRelay(relay.url)
                      .then(() => store.forget(relay.url))
                      .catch((error: unknown) => setProblem(withoutCode(error)))
                  }
                >
                  Leave
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {meetings.discovery.type === "unavailable" ? (
        <section aria-labelledby="nearby-heading">
          <h2 id="nearby-heading">Meetings on this network</h2>
          <p>{meetings.discovery.reason}</p>
        </section>
      ) : (
        <NearbyMeetings
          meetings={found}
          isJoined={(meeting) => snapshot.relays.some((relay) => relay.kind === "meeting" && hostAndPort(relay.url) === `${meeting.addresses[0] ?? ""}:${meeting.port}`)}
          organisations={organisations}
          onJoin={(address, chosenOrganisations) => joinMeeting(deps, address, chosenOrganisations)}
          onRefresh={refresh}
        />
      )}

      <section aria-labelledby="join-address-heading">
        <h2 id="join-address-heading">Join with a join address</h2>
        <p>
          Type or paste the join address the organiser shows. On a phone, scanning the organiser&rsquo;s QR code opens it
          directly.
        </p>
        <JoinMeetingForm
          organisations={organisations}
          onJoin={(address, chosenOrganisations) => joinMeeting(deps, address, chosenOrganisations)}
          submitLabel="Join meeting"
        />
      </section>
    </div>
  );
}
