// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SyncStatus } from "../../shared/data/sync-status.js";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import { SyncBadge } from "./SyncBadge.js";
import { SyncStatusBar } from "./SyncStatusBar.js";

const base: SyncStatus = {
  mode: "offline",
  workOffline: false,
  peersConnected: 0,
  relaysAdded: 0,
  unshared: 0,
};

function renderBar(status: Partial<SyncStatus>, language = "en", onWorkOfflineChange = vi.fn()) {
  renderTranslated(<SyncStatusBar status={{ ...base, ...status }} onWorkOfflineChange={onWorkOfflineChange} settingsHref="#/settings" />, language);
  return { region: screen.getByRole("region", { name: language === "en" ? "Sync status" : "Estado de la sincronización" }), onWorkOfflineChange };
}

afterEach(cleanup);

describe("SyncStatusBar", () => {
  it("says online and shows the servers connected and the changes not yet shared", () => {
    const { region } = renderBar({ mode: "online", peersConnected: 2, relaysAdded: 2, unshared: 1234 });
    expect(within(region).getByRole("status").textContent).toBe("Online Changes sync through your servers.");
    expect(within(region).getByTestId("peers-connected").textContent).toBe("2");
    expect(within(region).getByTestId("unshared-changes").textContent).toBe("1,234");
    expect(region.dataset["mode"]).toBe("online");
  });

  it("says in a meeting while a meeting host is connected", () => {
    const { region } = renderBar({ mode: "meeting", peersConnected: 1, relaysAdded: 1 });
    expect(within(region).getByRole("status").textContent).toContain("In a meeting");
  });

  it("tells apart offline with no server, with no server reachable, and working offline by choice", () => {
    const { region } = renderBar({ mode: "offline", relaysAdded: 0 });
    expect(within(region).getByRole("status").textContent).toContain("No sync server added yet");
    cleanup();
    const second = renderBar({ mode: "offline", relaysAdded: 2 });
    expect(within(second.region).getByRole("status").textContent).toContain("No sync server reachable");
    cleanup();
    const third = renderBar({ mode: "offline", relaysAdded: 2, workOffline: true });
    expect(within(third.region).getByRole("status").textContent).toContain("Working offline");
  });

  it("[A11Y2] shows the work-offline switch in its position and asks to flip it from the keyboard", async () => {
    const user = userEvent.setup();
    const { region, onWorkOfflineChange } = renderBar({ mode: "online", peersConnected: 1, relaysAdded: 1 });
    const toggle = within(region).getByRole<HTMLInputElement>("switch", { name: "Work offline" });
    expect(toggle.checked).toBe(false);
    toggle.focus();
    await user.keyboard(" ");
    expect(onWorkOfflineChange).toHaveBeenCalledExactlyOnceWith(true);
  });

  it("asks to go back online when the switch is on", async () => {
    const user = userEvent.setup();
    const { region, onWorkOfflineChange } = renderBar({ workOffline: true, relaysAdded: 1 });
    const toggle = within(region).getByRole<HTMLInputElement>("switch", { name: "Work offline" });
    expect(toggle.checked).toBe(true);
    await user.click(toggle);
    expect(onWorkOfflineChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  it("links to the sync server settings", () => {
    const { region } = renderBar({});
    expect(within(region).getByRole("link", { name: "Sync servers" }).getAttribute("href")).toBe("#/settings");
  });

  it("[I18N5] speaks Spanish, its numbers written the Spanish way", () => {
    const { region } = renderBar({ mode: "offline", relaysAdded: 1, unshared: 12345 }, "es");
    expect(within(region).getByRole("status").textContent).toBe("Sin conexión No se alcanza ningún servidor de sincronización; se vuelve a intentar.");
    expect(within(region).getByTestId("unshared-changes").textContent).toBe("12.345");
    expect(within(region).getByRole("switch", { name: "Trabajar sin conexión" })).toBeDefined();
  });
});

describe("SyncBadge", () => {
  it("says where the device stands in one word, beside a dot that only repeats it", () => {
    renderTranslated(<SyncBadge status={{ ...base, mode: "meeting" }} />, "es");
    expect(screen.getByText("En una reunión").closest("[data-mode]")?.getAttribute("data-mode")).toBe("meeting");
  });
});
