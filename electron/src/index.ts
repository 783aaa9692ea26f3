/**
 * @chapterhouse/electron — the desktop shell's modules, for tests and tooling. The app itself
 * starts at main.js (the main process) and preload.cjs (the page's bridge); nothing here
 * imports Electron at run time. The bridge contract (`DesktopApi` and its messages) lives in
 * @chapterhouse/crdt (src/desktop/desktop-api.ts), shared with the renderer, which must not
 * import this package (DESIGN.md §2).
 */
export { DesktopFault } from "./bridge/desktop-fault.js";
export {
  DESKTOP_REQUEST_TYPES,
  REQUEST_GUARDS,
  parseDesktopRequest,
  parseSignRecordRequest,
} from "./bridge/ipc-guards.js";
export {
  channelOf,
  dispatchDesktopRequest,
  registerDesktopHandlers,
  type DesktopHandlers,
  type DispatchLog,
} from "./bridge/ipc-dispatch.js";
export { createDesktopHandlers, type DesktopServices } from "./bridge/desktop-handlers.js";
export { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, APP_SCHEME, parseAppUrl } from "./app-origin.js";
export { decideNavigation, type NavigationDecision, type NavigationRequest } from "./navigation-policy.js";
export {
  contentSecurityPolicy,
  pageContentSecurityPolicy,
  parseRelayUrl,
} from "./content-security-policy.js";
export { resolveAppRequest, serveAppRequest, type AppFiles } from "./app-protocol.js";
export { rendererRoot } from "./renderer-root.js";
export { createRelaySettings, type RelaySettings } from "./relay-settings.js";
export { textFileStore } from "./text-file-store.js";
export { createKeyVault, keychainStrength, type KeyVault, type SafeStorageLike } from "./key-vault.js";
export { createSigningService, type SigningService } from "./signing-service.js";
export {
  createMeetingHost,
  meetingToken,
  meetingUrls,
  type MeetingHost,
  type StartRelay,
} from "./meeting-host.js";
export { meetingInterfaces } from "./meeting-interfaces.js";
export { announceMeeting, browseMeetings, meetingFromService, meetingServiceConfig } from "./mdns.js";
export { exportBundleFile, importBundleFile } from "./bundle-files.js";
