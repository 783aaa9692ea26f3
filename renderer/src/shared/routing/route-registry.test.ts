import { describe, expect, it } from "vitest";
import type { ChapterSection } from "./chapter-sections.js";
import { route } from "./route.js";
import { queryPath, routePath } from "./route-path.js";
import { normaliseHash, RouteRegistry } from "./route-registry.js";
import { SectionRegistry } from "./section-registry.js";

describe("the route registry", () => {
  it("finds each feature's route by its path, reading params and the query, whatever order they were added in", () => {
    const registry = new RouteRegistry();
    const item = routePath("/things/:thing");
    const search = queryPath("/search", (query) => ({ q: new URLSearchParams(query).get("q") ?? "" }), ({ q }) => `q=${q}`);
    registry.add(route(search, ({ q }) => `search ${q}`), route(item, ({ thing }) => `thing ${thing}`, ({ thing }) => ({ organisation: thing })));
    const found = registry.locate("#/things/abc");
    expect(found.open?.render()).toBe("thing abc");
    expect(found.open?.place).toEqual({ organisation: "abc" });
    expect(registry.locate("#/search?q=x").open?.render()).toBe("search x");
    expect(registry.locate("#/search?q=x").open?.href).toBe("#/search?q=x");
    expect(registry.locate("#/things/a b").open).toBeUndefined();
  });

  it("refuses a second route at a pattern already registered", () => {
    const registry = new RouteRegistry();
    registry.add(route(routePath("/a"), () => "first"));
    expect(() => registry.add(route(routePath("/a"), () => "second"))).toThrow(/registered twice/);
    expect(registry.locate("#/a").open?.render()).toBe("first");
  });

  it("normalises the hash: no `#`, no trailing slash, `/` when empty, the query apart", () => {
    expect(normaliseHash("")).toEqual({ path: "/", query: "" });
    expect(normaliseHash("#/a/?b=1")).toEqual({ path: "/a", query: "b=1" });
    expect(normaliseHash("/a")).toEqual({ path: "/a", query: "" });
  });
});

describe("section registries", () => {
  it("give a page its sections in order, and refuse an id twice", () => {
    const sections = new SectionRegistry<ChapterSection>();
    const link = (id: string, order: number): ChapterSection => ({ id, order, title: { namespace: "common", key: "language" }, href: () => `#/${id}` });
    sections.add(link("later", 20), link("first", 10));
    sections.add(link("middle", 15));
    expect(sections.all().map((s) => s.id)).toEqual(["first", "middle", "later"]);
    expect(() => sections.add(link("first", 1))).toThrow(/registered twice/);
  });
});
