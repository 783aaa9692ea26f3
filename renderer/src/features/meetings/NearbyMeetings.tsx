import type { DiscoveredMeeting } from "@chapterhouse/crdt/desktop";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { FormActions } from "../../shared/ui/Form.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { ItemList } from "../../shared/ui/ItemList.js";
import type { MeetingAddress } from "./join-address.js";
import { JoinMeetingForm } from "./JoinMeetingForm.js";
import type { JoinOutcome } from "./meeting-actions.js";
import type { OrganisationOption } from "./OrganisationChoice.js";
import "./meetings.css";

/** What the list of meetings on the network shows and does. */
export interface NearbyMeetingsProps {
  /** Meetings heard on the network; undefined while looking. */
  readonly meetings: readonly DiscoveredMeeting[] | undefined;
  /** True for a meeting this device already syncs with (its relay, with a code, is among this device's relays). */
  readonly isJoined: (meeting: DiscoveredMeeting) => boolean;
  readonly organisations: readonly OrganisationOption[] | undefined;
  readonly onJoin: (address: MeetingAddress, organisations: readonly DocumentUrl[]) => Promise<JoinOutcome>;
  readonly onRefresh: () => void;
}

const keyOf = (meeting: DiscoveredMeeting) => `${meeting.name} ${meeting.addresses[0] ?? ""}:${meeting.port}`;

/** "Meetings on this network": what other desktops announce, each with Join (which asks for the code, E9.2). */
export function NearbyMeetings({ meetings, isJoined, organisations, onJoin, onRefresh }: NearbyMeetingsProps) {
  const t = useT("meetings");
  const [joining, setJoining] = useState<string | undefined>(undefined);
  return (
    <section aria-labelledby="nearby-meetings-heading" className="meetings-section">
      <h2 id="nearby-meetings-heading">{t("nearby.title")}</h2>
      {meetings === undefined ? (
        <Skeleton lines={2} />
      ) : meetings.length === 0 ? (
        <EmptyState headingLevel={3} title={t("nearby.noneTitle")} description={t("nearby.noneText")} />
      ) : (
        <ItemList label={t("nearby.title")}>
          {meetings.map((meeting) => {
            const key = keyOf(meeting);
            const joined = isJoined(meeting);
            return (
              <li key={key}>
                <strong>{meeting.name}</strong>
                <span className="meetings-muted">
                  {meeting.addresses[0]}:{meeting.port}
                  {meeting.host === "" ? "" : ` (${meeting.host})`}
                </span>
                {joined ? (
                  <StatusPill tone="success">{t("nearby.joined")}</StatusPill>
                ) : (
                  <Button size="small" aria-expanded={joining === key} aria-label={t("nearby.joinLabel", { name: meeting.name })} onPress={() => setJoining(joining === key ? undefined : key)}>
                    {t("nearby.join")}
                  </Button>
                )}
                {joining === key && !joined ? (
                  <div className="meetings-notice">
                    <p>{t("nearby.codeNotAnnounced")}</p>
                    <JoinMeetingForm found={meeting} organisations={organisations} onJoin={onJoin} submitLabel={t("nearby.connect", { name: meeting.name })} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ItemList>
      )}
      <FormActions>
        <Button onPress={onRefresh}>{t("nearby.refresh")}</Button>
      </FormActions>
    </section>
  );
}
