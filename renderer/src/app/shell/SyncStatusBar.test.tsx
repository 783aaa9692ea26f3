// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SyncStatus } from "../../shared/data/sync-status.js";
import { SyncStatusBar } from "./SyncStatusBar.js";

const base: SyncStatus = {
  mode: "offline",
  workOffline: false,
  peersConnected: 0,
  relaysAdded: 0,
  unshared: 0,
};

function renderBar(status: Partial<SyncStatus>, onWorkOfflineChange = vi.fn()) {
  render(
    <SyncStatusBar
      status={{ ...base, ...status }}
      onWorkOfflineChange={onWorkOfflineChange}
      settingsHref="#/settings"
    />,
  );
  return { region: screen.getByRole("region", { name: "Sync status" }), onWorkOfflineChange };
}

afterEach(cleanup);

describe("SyncStatusBar", () => {
  it("says online and shows the peers connected and the changes not yet shared", () => {
    const { region } = renderBar({ mode: "online", peersConnected: 2, relaysAdded: 2, unshared: 3 });
    expect(within(region).getByRole("status").textContent).toContain("Online");
    expect(within(region).getByTestId("peers-connected").textContent).toBe("2");
    expect(within(region).getByTestId("unshared-changes").textContent).toBe("3");
    expect(region.dataset["mode"]).toBe("online");
  });

  it("says in a meeting while a meeting host is connected", () => {
    const { region } = renderBar({ mode: "meeting", peersConnected: 1, relaysAdded: 1 });
    expect(within(region).getByRole("status").textContent).toContain("In a meeting");
  });

  it("tells apart offline with no relay, with no relay reachable, and working offline by choice", () => {
    const { region } = renderBar({ mode: "offline", relaysAdded: 0 });
    expect(within(region).getByRole("status").textContent).toContain("No relay added yet");
    cleanup();
    const second = renderBar({ mode: "offline", relaysAdded: 2 });
    expect(within(second.region).getByRole("status").textContent).toContain("No relay reachable");
    cleanup();
    const third = renderBar({ mode: "offline", relaysAdded: 2, workOffline: true });
    expect(within(third.region).getByRole("status").textContent).toContain("Working offline");
  });

  it("shows the work-offline switch in its position and asks to flip it when pressed", () => {
    const { region, onWorkOfflineChange } = renderBar({ mode: "online", peersConnected: 1, relaysAdded: 1 });
    const toggle = within(region).getByRole("switch", { name: "Work offline" });
    expect(toggle.getAttribute("aria-checked")).toBe("false");
    fireEvent.click(toggle);
    expect(onWorkOfflineChange).toHaveBeenCalledExactlyOnceWith(true);
  });

  it("asks to go back online when the switch is on", () => {
    const { region, onWorkOfflineChange } = renderBar({ workOffline: true, relaysAdded: 1 });
    const toggle = within(region).getByRole("switch", { name: "Work offline" });
    expect(toggle.getAttribute("aria-checked")).toBe("true");
    fireEvent.click(toggle);
    expect(onWorkOfflineChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  it("links to the relay settings", () => {
    const { region } = renderBar({});
    expect(within(region).getByRole("link", { name: "Relays" }).getAttribute("href")).toBe("#/settings");
  });
});
