import { useAppData } from "../app/app-data-context.js";
import { useObservable } from "../app/use-observable.js";
import { RelaySettings } from "./RelaySettings.js";
import { ScreenHeading } from "./ScreenHeading.js";

/** Settings of this device: relays and meeting hosts, and what this page can do. */
export function SettingsScreen() {
  const { relays, platform } = useAppData();
  const snapshot = useObservable(relays.relays);
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
            {capabilities.secureContext
              ? "Yes"
              : "No: this page was opened over plain http, so the slower built-in signature checker is used and the app cannot be installed for offline use."}
          </dd>
        </dl>
      </section>
    </div>
  );
}
