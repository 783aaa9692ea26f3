import { describe, expect, it } from "vitest";
import { parseRoute, routeHref, type LinkableRoute } from "./routes.js";

describe("routes", () => {
  it("reads the start from an empty hash, `#` and `#/`", () => {
    for (const hash of ["", "#", "#/"]) expect(parseRoute(hash)).toEqual({ name: "home" });
  });

  it("round-trips every linkable route through its href", () => {
    const routes: LinkableRoute[] = [
      { name: "home" },
      { name: "create-identity" },
      { name: "restore-identity" },
      { name: "settings" },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it("ignores one trailing slash", () => {
    expect(parseRoute("#/settings/")).toEqual({ name: "settings" });
  });

  it("reports an unknown path as not found, keeping the path", () => {
    expect(parseRoute("#/nowhere")).toEqual({ name: "not-found", path: "/nowhere" });
  });
});
