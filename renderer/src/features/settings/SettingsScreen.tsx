import { useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { INSECURE_PAGE_TEXT } from "./InsecurePageNotice.js";
import { RelaySettings } from "./RelaySettings.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";
import { useVerifierBackend, verifierBackendLabel } from "./use-verifier-backend.js";
import { useVerificationInfo } from "./verification-info.js";

/** Settings of this device: relays and meeting hosts, and what this page can do. */
export function SettingsScreen() {
  const { relays, platform } = useAppData();
  const reader = useVerificationInfo();
  const snapshot = useObservable(relays.relays);
  const backend = useVerifierBackend(reader);
  const { capabilities } = platform;
  const [reloadToApply, setReloadToApply] = useState(false);
  // The desktop's page may reach only the relays it lists in its CSP, from its next load (E2.4).
  async function allow(list: readonly string[]): Promise<void> {
    const allowed = await platform.allowRelays(list);
    if (allowed.type === "invalid") throw new Error(`${allowed.url} cannot be used: ${allowed.reason}`);
    if (allowed.reloadToApply) setReloadToApply(true);
  }
  return (
    <div className="settings">
      <ScreenHeading>Settings</ScreenHeading>
      {snapshot.loaded ? (
        <RelaySettings
          relays={snapshot.relays}
          workOffline={snapshot.workOffline}
          pageProtocol={platform.pageProtocol}
          onAdd={async (url, kind) => {
            await allow([...snapshot.relays.map((relay) => relay.url), url]);
            await relays.addRelay(url, kind);
          }}
          onRemove={async (url) => {
            await relays.removeRelay(url);
            await platform.allowRelays(snapshot.relays.map((relay) => relay.url).filter((other) => other !== url));
          }}
        />
      ) : (
        <p aria-busy="true">Loading relays…</p>
      )}
      {reloadToApply ? (
        <div className="notice" role="status">
          <p>This app connects to a new relay once it reloads.</p>
          <div className="actions">
            <button type="button" onClick={() => window.location.reload()}>
              Reload now
            </button>
          </div>
        </div>
      ) : null}
      <section aria-labelledby="device-heading">
        <h2 id="device-heading">This device</h2>
        <dl className="facts">
          <dt>App</dt>
          <dd>{platform.kind === "desktop" ? "Desktop app" : "Web browser"}</dd>
          <dt>Secure page</dt>
          <dd>
            {capabilities.secureContext ? "Yes" : `No, it was opened over plain http. ${INSECURE_PAGE_TEXT}`}
          </dd>
          <dt>Signature checks</dt>
          <dd data-testid="verifier-backend">{backend === undefined ? "…" : verifierBackendLabel(backend)}</dd>
          <dt>Verification runs</dt>
          <dd>{reader.runsIn === "worker" ? "In a background worker" : "On the page"}</dd>
        </dl>
      </section>
    </div>
  );
}
