import { describe, expect, it } from "vitest";
import { offlineRoute } from "./offline-route.js";
import { isPrecacheManifest, precacheFiles, precacheManifest } from "./precache-manifest.js";
import { serviceWorkerPlan, type ServiceWorkerContext } from "./register-service-worker.js";

const SCOPE = "http://127.0.0.1:3030/";
const PRECACHED = new Set(["index.html", "assets/index-abc.js", "assets/automerge_wasm_bg-x.wasm", "icon-192.png"]);
const get = (url: string, mode = "cors") => ({ method: "GET", url, mode });

describe("offlineRoute", () => {
  it("serves the precached app files from the cache and page loads network-first with the cached shell", () => {
    expect(offlineRoute(get(`${SCOPE}assets/index-abc.js`), SCOPE, PRECACHED)).toBe("precached");
    expect(offlineRoute(get(`${SCOPE}assets/automerge_wasm_bg-x.wasm`), SCOPE, PRECACHED)).toBe("precached");
    expect(offlineRoute(get(`${SCOPE}`, "navigate"), SCOPE, PRECACHED)).toBe("app-shell");
    expect(offlineRoute(get(`${SCOPE}index.html?from=qr`, "navigate"), SCOPE, PRECACHED)).toBe("app-shell");
  });

  it("[W6.5] never answers relay.json, /healthz or /metrics: what a relay says is always live", () => {
    for (const path of ["relay.json", "healthz", "metrics"]) {
      expect(offlineRoute(get(`${SCOPE}${path}`), SCOPE, new Set([...PRECACHED, path]))).toBe("network");
      expect(offlineRoute(get(`${SCOPE}${path}`, "navigate"), SCOPE, PRECACHED)).toBe("network");
    }
    // relay.json beside an app served under a path, and the relay's own at the root.
    expect(offlineRoute(get("http://127.0.0.1:3030/app/relay.json"), "http://127.0.0.1:3030/app/", PRECACHED)).toBe("network");
  });

  it("leaves alone other methods, other origins, other paths, queries and files not precached", () => {
    expect(offlineRoute({ method: "POST", url: `${SCOPE}index.html`, mode: "cors" }, SCOPE, PRECACHED)).toBe("network");
    expect(offlineRoute(get("https://elsewhere.example/assets/index-abc.js"), SCOPE, PRECACHED)).toBe("network");
    expect(offlineRoute(get("http://127.0.0.1:3030/other/index.html", "navigate"), "http://127.0.0.1:3030/app/", PRECACHED)).toBe("network");
    expect(offlineRoute(get(`${SCOPE}assets/index-abc.js?v=2`), SCOPE, PRECACHED)).toBe("network");
    expect(offlineRoute(get(`${SCOPE}assets/new-chunk.js`), SCOPE, PRECACHED)).toBe("network");
    expect(offlineRoute(get("not a url"), SCOPE, PRECACHED)).toBe("network");
  });
});

describe("the precache manifest", () => {
  it("lists every built file but source maps, hidden files and sw.js itself, sorted", () => {
    expect(precacheFiles(["sw.js", "index.html", "assets/a.js.map", "assets/a.js", ".build-complete", "assets/.x/y.js", "icon-512.png"])).toEqual([
      "assets/a.js",
      "icon-512.png",
      "index.html",
    ]);
  });

  it("has a version that changes with any file's bytes or name, and not with their order", async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const a = await precacheManifest(new Map([["index.html", bytes("<html>")], ["assets/a.js", bytes("1")]]));
    const same = await precacheManifest(new Map([["assets/a.js", bytes("1")], ["index.html", bytes("<html>")]]));
    const changed = await precacheManifest(new Map([["index.html", bytes("<html>")], ["assets/a.js", bytes("2")]]));
    const renamed = await precacheManifest(new Map([["index.html", bytes("<html>")], ["assets/b.js", bytes("1")]]));
    expect(a).toEqual(same);
    expect(a.files).toEqual(["assets/a.js", "index.html"]);
    expect(new Set([a.version, changed.version, renamed.version]).size).toBe(3);
    expect(isPrecacheManifest(a)).toBe(true);
    expect(isPrecacheManifest({ version: a.version, files: ["../outside"] })).toBe(false);
    expect(isPrecacheManifest({ version: "nope", files: [] })).toBe(false);
  });
});

describe("serviceWorkerPlan", () => {
  const secure: ServiceWorkerContext = { mode: "production", production: true, secureContext: true, serviceWorker: true, pageUrl: "http://127.0.0.1:3030/#/settings" };

  it("registers sw.js beside the page in a production build on a secure http(s) page", () => {
    expect(serviceWorkerPlan(secure)).toEqual({ type: "register", scriptUrl: "http://127.0.0.1:3030/sw.js" });
    expect(serviceWorkerPlan({ ...secure, pageUrl: "https://relay.example.org/app/index.html" })).toEqual({
      type: "register",
      scriptUrl: "https://relay.example.org/app/sw.js",
    });
  });

  it("never registers in the test build, on the dev server, outside http(s), or on an insecure page", () => {
    expect(serviceWorkerPlan({ ...secure, mode: "test" })).toEqual({ type: "skip", reason: "test-build" });
    expect(serviceWorkerPlan({ ...secure, mode: "development", production: false })).toEqual({ type: "skip", reason: "development" });
    expect(serviceWorkerPlan({ ...secure, pageUrl: "app://chapterhouse/index.html" })).toEqual({ type: "skip", reason: "not-http" });
    expect(serviceWorkerPlan({ ...secure, secureContext: false, serviceWorker: false, pageUrl: "http://192.168.1.10:3030/" })).toEqual({
      type: "skip",
      reason: "insecure",
    });
    expect(serviceWorkerPlan({ ...secure, serviceWorker: false })).toEqual({ type: "skip", reason: "unsupported" });
  });
});
