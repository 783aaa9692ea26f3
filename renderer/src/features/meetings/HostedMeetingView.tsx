import type { HostedMeeting } from "@chapterhouse/crdt/desktop";
import { useId, useState } from "react";
import type { RelayState } from "../../shared/data/relay-connection.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { TextField } from "../../shared/ui/TextField.js";
import { QrCode } from "./QrCode.js";
import { withoutCode } from "./without-code.js";
import "./meetings.css";

/** What the hosted meeting's panel shows and does. */
export interface HostedMeetingViewProps {
  readonly meeting: HostedMeeting;
  /** This device's connection to the meeting's relay; undefined when it is not among its relays. */
  readonly connection: RelayState | undefined;
  /** The names of the organisations synced through the meeting. */
  readonly organisations: readonly string[];
  /** Stops the meeting; a rejection is shown. */
  readonly onStop: () => Promise<void>;
  /** Copies text (the clipboard); a rejection says to copy by hand. */
  readonly copy: (text: string) => Promise<void>;
}

/** The meeting this computer hosts: its join address as text and QR code, its state, and "Stop meeting". */
export function HostedMeetingView({ meeting, connection, organisations, onStop, copy }: HostedMeetingViewProps) {
  const t = useT("meetings");
  const format = useFormat();
  const ids = useId();
  const [copied, setCopied] = useState<"copied" | "copyFailed" | undefined>(undefined);
  const [stopping, setStopping] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);

  async function stop(): Promise<void> {
    if (stopping) return;
    setStopping(true);
    setFailure(undefined);
    try {
      await onStop();
    } catch (problem) {
      setFailure(problem);
      setStopping(false);
    }
  }

  return (
    <section aria-labelledby={`${ids}-heading`} data-testid="hosted-meeting" className="meetings-section">
      <h2 id={`${ids}-heading`}>{t("hosted.title", { name: meeting.name })}</h2>
      <p>{t("hosted.text")}</p>
      <div className="meetings-card">
        <TextField label={t("hosted.address")} value={meeting.joinUrl} isReadOnly onFocus={(event) => event.target.select()} />
        <FormActions>
          <Button
            onPress={() =>
              void copy(meeting.joinUrl).then(
                () => setCopied("copied"),
                () => setCopied("copyFailed"),
              )
            }
          >
            {t("hosted.copy")}
          </Button>
          <span role="status">{copied === undefined ? null : t(`hosted.${copied}`)}</span>
        </FormActions>
        <QrCode text={meeting.joinUrl} alt={t("hosted.qr", { address: meeting.joinUrl })} />
      </div>
      <DataList
        items={[
          { id: "state", term: t("hosted.state"), details: <span data-testid="meeting-state">{t("hosted.running", { address: meeting.address, port: String(meeting.port) })}</span> },
          {
            id: "connection",
            term: t("hosted.thisComputer"),
            details: <span data-testid="meeting-connection">{connection === undefined ? t("hosted.notAmongServers") : t(`hosted.connection.${connection}`)}</span>,
          },
          { id: "syncs", term: t("hosted.syncs"), details: organisations.length === 0 ? t("hosted.syncsNone") : format.list(organisations) },
        ]}
      />
      {failure === undefined ? null : <Problem details={withoutCode(failure)}>{t("hosted.stopFailed")}</Problem>}
      <FormActions>
        <Button variant="danger" onPress={() => void stop()}>
          {t("hosted.stop")}
        </Button>
      </FormActions>
    </section>
  );
}
