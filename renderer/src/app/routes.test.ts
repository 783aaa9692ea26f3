import { describe, expect, it } from "vitest";
import { parseRoute, routeHref, type LinkableRoute } from "../shared/routing/route-registry.js";

const docId = "4NMNnkMhL8jXrdJ9jamS58PAVdXu";
const chapterId = "dHOa-_fVS-vNpyNWC-ycguVXCe66mF03NUGTzSOHhDA";

describe("routes", () => {
  it("reads the start from an empty hash, `#` and `#/`", () => {
    for (const hash of ["", "#", "#/"]) expect(parseRoute(hash)).toEqual({ name: "home" });
  });

  it("round-trips every linkable route through its href", () => {
    const routes: LinkableRoute[] = [
      { name: "home" },
      { name: "create-identity" },
      { name: "restore-identity" },
      { name: "identity" },
      { name: "settings" },
      { name: "start-organisation" },
      { name: "organisation", organisation: docId },
      { name: "chapter", organisation: docId, chapter: chapterId },
      { name: "found-chapter", organisation: docId, parent: chapterId },
      { name: "decisions", organisation: docId, chapter: chapterId },
      { name: "new-proposal", organisation: docId, chapter: chapterId },
      { name: "proposal", organisation: docId, chapter: chapterId, proposal: chapterId },
      { name: "join", query: "o=abc&c=def&t=ghi&r=ws%3A%2F%2F127.0.0.1%3A3030%2F" },
      { name: "meetings" },
      { name: "sync-files" },
      { name: "sync-files", action: "import" },
      { name: "sync-files", action: "export", organisation: docId },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it("reads sync by file's flow and organisation, leaving out what is not one", () => {
    expect(parseRoute("#/files?do=delete&o=a.b")).toEqual({ name: "sync-files" });
  });

  it("ignores one trailing slash", () => {
    expect(parseRoute("#/settings/")).toEqual({ name: "settings" });
  });

  it("reports an unknown path, or an id with characters no id has, as not found, keeping the path", () => {
    expect(parseRoute("#/nowhere")).toEqual({ name: "not-found", path: "/nowhere" });
    expect(parseRoute("#/org/a.b/chapter/c")).toEqual({ name: "not-found", path: "/org/a.b/chapter/c" });
    expect(parseRoute(`#/org/${docId}/chapter/${chapterId}/new/more`).name).toBe("not-found");
    expect(parseRoute(`#/org/${docId}/chapter/${chapterId}/proposals/old`).name).toBe("not-found");
    expect(parseRoute(`#/org/${docId}/chapter/${chapterId}/proposal/${chapterId}/more`).name).toBe("not-found");
  });
});
