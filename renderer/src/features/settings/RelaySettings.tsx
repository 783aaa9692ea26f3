import { useId, useState } from "react";
import type { RelayKind } from "../../shared/data/connection-settings.js";
import type { RelayConnectionStatus, RelayState } from "../../shared/data/relay-connection.js";
import { parseRelayUrl, RelayUrlError, type RelayUrl } from "../../shared/data/relay-url.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { errorText } from "../../shared/ui/error-text.js";
import { focusField } from "../../shared/ui/focus-field.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { StatusPill, type StatusTone } from "../../shared/ui/StatusPill.js";
import { TextField } from "../../shared/ui/TextField.js";
import { ItemList } from "../../shared/ui/ItemList.js";
import "./settings.css";

/** What the sync server settings show and do. */
export interface RelaySettingsProps {
  readonly relays: readonly RelayConnectionStatus[];
  readonly workOffline: boolean;
  /** `location.protocol` of the page, so `ws://` is refused where the browser would block it. */
  readonly pageProtocol: string;
  /** Adds a server. A rejection is shown to the member as a problem. */
  readonly onAdd: (url: RelayUrl, kind: RelayKind) => Promise<void>;
  /** Removes a server. A rejection is shown to the member as a problem. */
  readonly onRemove: (url: RelayUrl) => Promise<void>;
}

/** A server's state as shown: "offline" for every server while working offline. */
type ShownState = RelayState | "offline";
const shownState = (relay: RelayConnectionStatus, workOffline: boolean): ShownState => (workOffline ? "offline" : relay.state);

const TONE: Readonly<Record<ShownState, StatusTone>> = { connecting: "info", connected: "success", disconnected: "neutral", error: "danger", offline: "neutral" };

/** What the member did last, said once in the status region. */
type Notice = { readonly type: "added" | "removed"; readonly url: string };
/** What failed, shown until the next attempt. */
type Failure = { readonly type: "addFailed" | "removeFailed"; readonly url: string; readonly problem: unknown };

/** The sync servers and meeting hosts with their states, and the form that adds one (ws:// or wss:// only). */
export function RelaySettings({ relays, workOffline, pageProtocol, onAdd, onRemove }: RelaySettingsProps) {
  const t = useT("settings");
  const common = useT("common");
  const ids = useId();
  const [address, setAddress] = useState("");
  const [kind, setKind] = useState<RelayKind>("relay");
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function submit(): Promise<void> {
    if (busy) return;
    setFailure(undefined);
    let url: RelayUrl;
    try {
      url = parseRelayUrl(address, pageProtocol);
    } catch (problem) {
      if (!(problem instanceof RelayUrlError)) throw problem;
      setError(common(`serverAddress.${problem.reason}`));
      return focusField(`${ids}-address`);
    }
    if (relays.some((relay) => relay.url === url)) {
      setError(t("servers.duplicate"));
      return focusField(`${ids}-address`);
    }
    setBusy(true);
    try {
      await onAdd(url, kind);
      setError(undefined);
      setAddress("");
      setNotice({ type: "added", url });
    } catch (problem) {
      setFailure({ type: "addFailed", url, problem });
    } finally {
      setBusy(false);
    }
  }

  async function remove(url: RelayUrl): Promise<void> {
    setFailure(undefined);
    try {
      await onRemove(url);
      setNotice({ type: "removed", url });
    } catch (problem) {
      setFailure({ type: "removeFailed", url, problem });
    }
  }

  return (
    <section className="settings-section" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("servers.title")}</h2>
      <p>{t("servers.text")}</p>
      {relays.length === 0 ? (
        <EmptyState headingLevel={3} title={t("servers.emptyTitle")} description={t("servers.emptyText")} />
      ) : (
        <ItemList label={t("servers.list")}>
          {relays.map((relay) => {
            const state = shownState(relay, workOffline);
            return (
              <li key={relay.url}>
                <span className="relay-url">{relay.url}</span>
                <span className="settings-muted">{t(`servers.kind.${relay.kind}`)}</span>
                <StatusPill tone={TONE[state]}>{t(`servers.state.${state}`)}</StatusPill>
                <Button size="small" aria-label={t("servers.removeLabel", { url: relay.url })} onPress={() => void remove(relay.url)}>
                  {t("servers.remove")}
                </Button>
                {state === "error" && relay.detail !== undefined ? (
                  <div className="settings-server-details">
                    <Disclosure title={common("problem.details")} headingLevel={3}>
                      <p lang="en">{relay.detail}</p>
                    </Disclosure>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ItemList>
      )}
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          id={`${ids}-address`}
          label={t("servers.address")}
          description={t("servers.addressHelp")}
          value={address}
          onChange={(value) => {
            setAddress(value);
            setError(undefined);
          }}
          inputMode="url"
          autoComplete="off"
          spellCheck="false"
          {...(error === undefined ? {} : { errorMessage: error })}
        />
        <Select
          label={t("servers.kindLabel")}
          options={[
            { id: "relay", label: t("servers.kindOption.relay") },
            { id: "meeting", label: t("servers.kindOption.meeting") },
          ]}
          value={kind}
          onChange={(key) => setKind(key === "meeting" ? "meeting" : "relay")}
        />
        {failure === undefined ? null : <Problem details={errorText(failure.problem)}>{t(`servers.${failure.type}`, { url: failure.url })}</Problem>}
        <FormActions>
          <Button type="submit" variant="primary">
            {t("servers.add")}
          </Button>
        </FormActions>
      </Form>
      <p className="ui-visually-hidden" role="status" aria-live="polite">
        {notice === undefined ? null : t(`servers.${notice.type}`, { url: notice.url })}
      </p>
    </section>
  );
}
