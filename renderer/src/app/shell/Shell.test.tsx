// @vitest-environment jsdom
import { act, cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppData } from "../../shared/data/app-data.js";
import { AppDataContext } from "../../shared/data/app-data-context.js";
import { ObservableValue } from "../../shared/data/observable-value.js";
import type { RelaysSnapshot } from "../../shared/data/relay-manager.js";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";

// The shell's neighbours stand in for themselves: each counts its renders. What is under test is
// the shell's own layout and what makes it render again.
const renders = vi.hoisted(() => ({ page: 0, nav: 0, breadcrumb: 0 }));
const path = (name: string) => ({ pattern: `/${name}`, href: () => `#/${name}` });
vi.mock("../../features/identity/index.js", () => ({ IdentityStatus: () => null }));
vi.mock("../../features/meetings/index.js", () => ({ MeetingSharing: () => null, meetingsPath: path("meetings") }));
vi.mock("../../features/notifications/index.js", () => ({ NotificationBell: () => null }));
vi.mock("../../features/organisation/index.js", () => ({
  homePath: path(""),
  OrganisationsNav: () => {
    renders.nav++;
    return null;
  },
  Breadcrumb: () => {
    renders.breadcrumb++;
    return null;
  },
}));
vi.mock("../../features/messages/index.js", () => ({ messagesPath: path("messages") }));
vi.mock("../../features/profiles/index.js", () => ({ myProfilePath: path("me"), ProfileNames: ({ children }: { children: unknown }) => children }));
vi.mock("../../features/search/index.js", () => ({ searchPath: path("search"), useSearchShortcut: () => undefined }));
vi.mock("../../features/settings/index.js", () => ({ InsecurePageNotice: () => null, settingsPath: path("settings") }));
vi.mock("../../features/sync-files/index.js", () => ({ SyncFileMenuCommands: () => null, syncFilesPath: path("sync") }));
function Page() {
  renders.page++;
  return <h1>A proposal</h1>;
}
const location = { path: "/page", open: { href: "#/page", place: {}, route: { pattern: "/page" }, render: () => <Page /> } };
vi.mock("../../shared/routing/use-route.js", () => ({ useRoute: () => location }));

const { Shell } = await import("./Shell.js");

afterEach(() => {
  cleanup();
  renders.page = renders.nav = renders.breadcrumb = 0;
});

function renderShell() {
  const relays = new ObservableValue<RelaysSnapshot>({ loaded: true, workOffline: false, relays: [{ url: "wss://relay.example/" as never, kind: "relay", state: "connected" }] });
  const unshared = new ObservableValue(0);
  const data = { relays: { relays, setWorkOffline: () => Promise.resolve() }, unshared: { count: unshared } } as unknown as AppData;
  renderTranslated(
    <AppDataContext.Provider value={data}>
      <Shell problems={new ObservableValue<readonly unknown[]>([])} onError={() => undefined} />
    </AppDataContext.Provider>,
  );
  return { relays, unshared };
}

describe("Shell", () => {
  it("[issue 10] a change of the sync status renders the badge and the status bar again, not the page, the tree or the breadcrumb", () => {
    const { relays, unshared } = renderShell();
    expect(screen.getByRole("heading", { level: 1, name: "A proposal" })).toBeTruthy();
    const before = { ...renders };
    // A box arriving from the relay is unshared until the relay reports its heads: the count
    // moves at every one of a vote's forty boxes.
    act(() => unshared.set(1));
    act(() => unshared.set(0));
    act(() => relays.set({ loaded: true, workOffline: false, relays: [] }));
    expect(renders).toEqual(before);
    expect(document.querySelector(".sync-badge")?.getAttribute("data-mode")).toBe("offline");
    expect(screen.getByRole("region", { name: "Sync status" }).dataset["mode"]).toBe("offline");
  });
});
