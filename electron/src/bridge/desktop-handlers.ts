/**
 * One handler per request, each handing its checked request to the module of its concern.
 * Composition only; main.ts builds the services and registers these on IPC.
 */
import type { BundleFileDeps } from "../bundle-files.js";
import { exportBundleFile, importBundleFile } from "../bundle-files.js";
import type { KeyVault } from "../key-vault.js";
import type { MeetingBrowser } from "../mdns.js";
import type { MeetingHost } from "../meeting-host.js";
import type { RelaySettings } from "../relay-settings.js";
import type { SigningService } from "../signing-service.js";
import type { SystemNotifier } from "../system-notifier.js";
import type { MeetingInterface } from "@chapterhouse/crdt/desktop";
import type { DesktopHandlers } from "./ipc-dispatch.js";

/** The desktop's services, one per concern. */
export interface DesktopServices {
  readonly vault: KeyVault;
  readonly signing: SigningService;
  readonly relays: RelaySettings;
  readonly interfaces: () => readonly MeetingInterface[];
  readonly meetings: MeetingHost;
  /** Meetings heard on the network (mdns.ts). */
  readonly discovery: Pick<MeetingBrowser, "meetings" | "refresh">;
  readonly bundles: BundleFileDeps;
  readonly notifier: SystemNotifier;
}

/** The handlers over `services`. */
export function createDesktopHandlers(services: DesktopServices): DesktopHandlers {
  const { vault, signing, relays, interfaces, meetings, discovery, bundles, notifier } = services;
  return {
    "vault-status": () => vault.status(),
    "create-vault": (request) => vault.create(request.options),
    "unlock-vault": (request) => vault.unlock(request.passphrase),
    "lock-vault": () => vault.lock(),
    "reveal-phrase": (request) => vault.revealPhrase(request.passphrase),
    "sign-record": (request) => signing.sign(request.record),
    "open-sealed": (request) => signing.openSealed(request.seals),
    "set-relays": (request) => relays.set(request.relays),
    "list-interfaces": () => Promise.resolve(interfaces()),
    "host-meeting": (request) => meetings.host(request.options),
    "meeting-status": () => Promise.resolve(meetings.status()),
    "stop-meeting": () => meetings.stop(),
    "list-meetings": () => {
      discovery.refresh();
      return Promise.resolve(discovery.meetings());
    },
    "export-bundle": (request) => exportBundleFile(request.request, bundles),
    "import-bundle": () => importBundleFile(bundles),
    "show-notification": (request) => Promise.resolve(notifier.show(request.notice)),
  };
}
