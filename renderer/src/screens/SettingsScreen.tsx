import { useAppData } from "../app/app-data-context.js";
import { useObservable } from "../app/use-observable.js";
import { INSECURE_PAGE_TEXT } from "../shell/InsecurePageNotice.js";
import { RelaySettings } from "./RelaySettings.js";
import { ScreenHeading } from "./ScreenHeading.js";
import { useVerifierBackend, verifierBackendLabel } from "./use-verifier-backend.js";

/** Settings of this device: relays and meeting hosts, and what this page can do. */
export function SettingsScreen() {
  const { relays, platform, reader } = useAppData();
  const snapshot = useObservable(relays.relays);
  const backend = useVerifierBackend(reader);
  const { capabilities } = platform;
  return (
    <div className="settings">
      <ScreenHeading>Settings</ScreenHeading>
      {snapshot.loaded ? (
        <RelaySettings
          relays={snapshot.relays}
          workOffline={snapshot.workOffline}
          pageProtocol={platform.pageProtocol}
          onAdd={async (url, kind) => {
            await relays.addRelay(url, kind);
          }}
          onRemove={(url) => relays.removeRelay(url)}
        />
      ) : (
        <p aria-busy="true">Loading relays…</p>
      )}
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
