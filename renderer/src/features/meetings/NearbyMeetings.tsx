import type { DiscoveredMeeting } from "@chapterhouse/crdt/desktop";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useState } from "react";
import type { MeetingAddress } from "./join-address.js";
import { JoinMeetingForm } from "./JoinMeetingForm.js";
import type { JoinOutcome } from "./meeting-actions.js";
import type { OrganisationOption } from "./OrganisationChoice.js";

/** E9.2, said once where members see it. */
export const TOKEN_NOT_ANNOUNCED =
  "A meeting's code is never announced, because anyone in range of the network hears announcements: ask the organiser for the join address shown on their screen.";

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

/** "Meetings on this network": what other desktops announce, each with Join (which asks for the code). */
export function NearbyMeetings({ meetings, isJoined, organisations, onJoin, onRefresh }: NearbyMeetingsProps) {
  const [joining, setJoining] = useState<string | undefined>(undefined);
  return (
    <section aria-labelledby="nearby-meetings-heading">
      <h2 id="nearby-meetings-heading">Meetings on this network</h2>
      {meetings === undefined ? (
        <p aria-busy="true">Listening for meetings…</p>
      ) : meetings.length === 0 ? (
        <p className="empty-state">No meeting is announced on this network right now.</p>
      ) : (
        <ul className="card-list" aria-label="Meetings on this network">
          {meetings.map((meeting) => {
            const key = keyOf(meeting);
            const joined = isJoined(meeting);
            return (
              <li key={key}>
                <strong>{meeting.name}</strong>
                <span className="muted">
                  {meeting.addresses[0]}:{meeting.port}
                  {meeting.host === "" ? "" : ` (${meeting.host})`}
                </span>
                {joined ? (
                  <span className="badge">Joined</span>
                ) : (
                  <button
                    type="button"
                    aria-expanded={joining === key}
                    aria-label={`Join ${meeting.name}`}
                    onClick={() => setJoining(joining === key ? undefined : key)}
                  >
                    Join
                  </button>
                )}
                {joining === key && !joined ? (
                  <div className="notice">
                    <p>{TOKEN_NOT_ANNOUNCED}</p>
                    <JoinMeetingForm found={meeting} organisations={organisations} onJoin={onJoin} submitLabel={`Connect to ${meeting.name}`} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={onRefresh}>
          Look again
        </button>
      </div>
    </section>
  );
}
