// @vitest-environment jsdom
import type { MenuCommand } from "@chapterhouse/crdt/desktop";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AppDataContext } from "../../shared/data/app-data-context.js";
import type { AppData } from "../../shared/data/app-data.js";
import type { Location } from "../../shared/routing/route-registry.js";
import type { RoutePlace } from "../../shared/routing/route.js";
import { SyncFileMenuCommands } from "./SyncFileMenuCommands.js";

/** The app's data as far as the component reads it: a platform whose menu commands a test sends. */
function withMenu() {
  const listeners = new Set<(command: MenuCommand) => void>();
  const data = {
    platform: {
      bundleFiles: {
        onMenuCommand(listener: (command: MenuCommand) => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
    },
  } as unknown as AppData;
  /** Shows the component on a page at `path` that shows `place`. */
  const show = (path: string, place: RoutePlace) => {
    const location: Location = { path, query: "", open: { route: { pattern: path, open: () => undefined }, href: `#${path}`, place, render: () => null } };
    return render(
      <AppDataContext.Provider value={data}>
        <SyncFileMenuCommands location={location} />
      </AppDataContext.Provider>,
    );
  };
  return { show, send: (command: MenuCommand) => listeners.forEach((listener) => listener(command)), listeners };
}

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

describe("the File menu's commands", () => {
  it("[E10.4] Import opens sync by file and starts an import; Export exports the organisation on screen", () => {
    const { show, send } = withMenu();
    show("/org/4NMNnkMhL8jXrdJ9jamS58PAVdXu/chapter/c", { organisation: "4NMNnkMhL8jXrdJ9jamS58PAVdXu", chapter: "c" });
    send({ type: "import-bundle" });
    expect(window.location.hash).toBe("#/files?do=import");
    send({ type: "export-bundle" });
    expect(window.location.hash).toBe("#/files?do=export&o=4NMNnkMhL8jXrdJ9jamS58PAVdXu");
  });

  it("[E10.4] Export from a screen of no organisation asks which one; the subscription ends with the component", () => {
    const { show, send, listeners } = withMenu();
    const view = show("/settings", {});
    send({ type: "export-bundle" });
    expect(window.location.hash).toBe("#/files?do=export");
    view.unmount();
    expect(listeners.size).toBe(0);
  });
});
