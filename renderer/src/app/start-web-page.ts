import type { AppData } from "../shared/data/app-data.js";
import { connectServedRelay } from "../shared/data/connect-served-relay.js";
import { createDexieOfferedRelays } from "../shared/data/dexie-offered-relays.js";
import { meetingTokenOf } from "../shared/data/served-relay.js";
import { registerServiceWorker, serviceWorkerPlan } from "../shared/offline/register-service-worker.js";

/**
 * What the page does once at start, besides rendering, when it is a web page:
 * - connects to the relay that served it, if one did (`relay.json`, PROTOCOL.md W6.5), and
 *   again whenever a meeting join link (`#/join?token=…`) is opened in this tab;
 * - registers the service worker where the build and the page allow it (secure context).
 * Neither does anything in the desktop shell's custom protocol. Failures of the settings
 * storage go to `onError`; a failed service worker registration is only logged (the app
 * works without it).
 */
export function startWebPage(window: Window, data: AppData, onError: (error: unknown) => void): void {
  const offered = createDexieOfferedRelays(data.db);
  const connect = () => {
    connectServedRelay({
      pageUrl: window.location.href,
      fetch: (url, init) => window.fetch(url, init),
      offered,
      addRelay: (url, kind) => data.relays.addRelay(url, kind),
    }).catch(onError);
  };
  connect();
  window.addEventListener("hashchange", () => {
    if (meetingTokenOf(window.location.hash) !== undefined) connect();
  });

  const plan = serviceWorkerPlan({
    mode: import.meta.env.MODE,
    production: import.meta.env.PROD,
    secureContext: window.isSecureContext,
    serviceWorker: "serviceWorker" in window.navigator,
    pageUrl: window.location.href,
  });
  registerServiceWorker(plan.type === "register" ? window.navigator.serviceWorker : undefined, plan, (error) =>
    console.warn("The app could not be made available offline:", error),
  );
}
