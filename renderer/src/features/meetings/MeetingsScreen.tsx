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
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { ItemList } from "../../shared/ui/ItemList.js";
import { HostedMeetingView } from "./HostedMeetingView.js";
import { HostMeetingForm } from "./HostMeetingForm.js";
import { JoinMeetingForm } from "./JoinMeetingForm.js";
import { hostMeeting, joinMeeting, stopHostedMeeting, type MeetingDeps } from "./meeting-actions.js";
import { createDexieMeetingOrganisations, type MeetingOrganisations } from "./meeting-organisations.js";
import { NearbyMeetings } from "./NearbyMeetings.js";
import { useOrganisationOptions } from "./use-organisation-options.js";
import { withoutCode } from "./without-code.js";
import "./meetings.css";

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
  const t = useT("meetings");
  const format = useFormat();
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
  const [problem, setProblem] = useState<unknown>(undefined);
  const [ended, setEnded] = useState<{ readonly name: string | undefined } | undefined>(undefined);

  useEffect(() => {
    meetings.status().then(setStatus, setProblem);
    if (meetings.hosting.type === "available") meetings.interfaces().then(setInterfaces, setProblem);
  }, [meetings]);
  useEffect(() => {
    store.list().then(setChosen, setProblem);
  }, [store, status, snapshot]);
  const refresh = useCallback(() => {
    meetings.discover().then(setFound, setProblem);
  }, [meetings]);
  useEffect(() => {
    if (meetings.discovery.type !== "available") return;
    refresh();
    const timer = window.setInterval(refresh, DISCOVERY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [meetings, refresh]);

  const hosted = status?.type === "hosting" ? status.meeting : undefined;
  const nameOf = (url: string) => organisations?.find((o) => o.url === url)?.name ?? t("anOrganisation");
  const joined = snapshot.relays.filter((relay) => relay.kind === "meeting" && relay.url !== hosted?.relayUrl);

  async function stop(meeting: HostedMeeting): Promise<void> {
    const result = await stopHostedMeeting(deps, meeting);
    setStatus({ type: "idle" });
    setEnded(result.type === "stopped" ? { name: meeting.name } : { name: undefined });
  }

  return (
    <div className="meetings">
      <PageHeading>{t("title")}</PageHeading>
      <p className="meetings-lede">{t("lede")}</p>
      {problem === undefined ? null : <Problem details={withoutCode(problem)}>{t("failed")}</Problem>}
      {ended === undefined ? null : (
        <p className="meetings-notice" role="status">
          {ended.name === undefined ? t("hosted.notRunning") : t("hosted.ended", { name: ended.name })}
        </p>
      )}

      {meetings.hosting.type === "unavailable" ? (
        <section aria-labelledby="host-heading" className="meetings-section">
          <h2 id="host-heading">{t("host.title")}</h2>
          <p>{t("host.unavailable")}</p>
          <p className="meetings-muted">{t("host.onlyHost")}</p>
        </section>
      ) : status === undefined ? (
        <Skeleton />
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
          defaultName={space === undefined ? t("host.defaultName") : t("host.defaultNameOf", { name: space.member.name }).slice(0, 60)}
          onHost={async (options, chosenOrganisations) => {
            await hostMeeting(deps, options, chosenOrganisations);
          }}
        />
      )}

      {joined.length === 0 ? null : (
        <section aria-labelledby="joined-heading" className="meetings-section">
          <h2 id="joined-heading">{t("joined.title")}</h2>
          <ItemList label={t("joined.title")}>
            {joined.map((relay) => (
              <li key={relay.url}>
                <span>{hostAndPort(relay.url)}</span>
                <span className="meetings-muted">{t(`joined.state.${relay.state === "connected" || relay.state === "connecting" ? relay.state : "unreachable"}`)}</span>
                <span className="meetings-muted">{format.list((chosen.get(relay.url) ?? []).map(nameOf))}</span>
                <Button
                  size="small"
                  onPress={() =>
                    void relays
                      .removeRelay(relay.url)
                      .then(() => store.forget(relay.url))
                      .catch(setProblem)
                  }
                >
                  {t("joined.leave")}
                </Button>
              </li>
            ))}
          </ItemList>
        </section>
      )}

      {meetings.discovery.type === "unavailable" ? (
        <section aria-labelledby="nearby-heading" className="meetings-section">
          <h2 id="nearby-heading">{t("nearby.title")}</h2>
          <p>{t("nearby.unavailable")}</p>
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

      <section aria-labelledby="join-address-heading" className="meetings-section">
        <h2 id="join-address-heading">{t("join.title")}</h2>
        <p>{t("join.text")}</p>
        <JoinMeetingForm
          organisations={organisations}
          onJoin={(address, chosenOrganisations) => joinMeeting(deps, address, chosenOrganisations)}
          submitLabel={t("join.submit")}
        />
      </section>
    </div>
  );
}
