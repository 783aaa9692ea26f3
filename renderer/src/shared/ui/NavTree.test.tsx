// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { flushSync } from "react-dom";
import { afterEach, describe, expect, it } from "vitest";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { NavTree, type NavNode } from "./NavTree.js";

afterEach(cleanup);

const NODES: readonly NavNode[] = [
  {
    id: "harbour",
    label: "Harbour Co-op",
    href: "#/org/h",
    children: [
      { id: "spain", label: "Spain", href: "#/org/h/chapter/es", detail: "country", children: [{ id: "valencia", label: "Valencia", href: "#/org/h/chapter/vlc" }] },
      { id: "chile", label: "Chile", href: "#/org/h/chapter/cl" },
    ],
  },
  { id: "riverside", label: "Riverside Tenants", href: "#/org/r" },
];

describe("NavTree", () => {
  it("[A11Y2] is a named tree whose current page is marked as such", () => {
    renderTranslated(<NavTree label="Your organisations" nodes={NODES} currentHref="#/org/h/chapter/es" defaultExpandedIds={["harbour"]} />);
    const tree = screen.getByRole("treegrid", { name: "Your organisations" });
    const current = within(tree).getByRole("link", { name: "Spain" });
    expect(current.getAttribute("aria-current")).toBe("page");
    expect(current.getAttribute("href")).toBe("#/org/h/chapter/es");
    expect(within(tree).getByRole("link", { name: "Chile" }).getAttribute("aria-current")).toBeNull();
    // Valencia's parent is collapsed: it is not shown.
    expect(within(tree).queryByRole("link", { name: "Valencia" })).toBeNull();
  });

  it("[A11Y2] one Tab reaches it; the arrow keys move, and Right arrow expands a place to show the places under it", async () => {
    const user = userEvent.setup();
    renderTranslated(<NavTree label="Your organisations" nodes={NODES} />);
    await user.tab();
    const rows = () => screen.getAllByRole("row");
    expect(rows().map((row) => row.textContent)).toEqual(["Harbour Co-op", "Riverside Tenants"]);
    await user.keyboard("{ArrowRight}");
    expect(rows().map((row) => row.textContent)).toEqual(["Harbour Co-op", "Spaincountry", "Chile", "Riverside Tenants"]);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement?.closest("[role=row]")?.textContent).toBe("Spaincountry");
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("link", { name: "Valencia" })).toBeDefined();
  });

  it("[issue 15] a change of its places or of the current page is rendered as a transition: an urgent render still shows the old ones, the new follow", async () => {
    const renamed = [{ ...NODES[0]!, label: "Harbour Cooperative" }, NODES[1]!];
    let show: (state: { nodes: readonly NavNode[]; href: string }) => void = () => undefined;
    function Harness() {
      const [state, setState] = useState<{ nodes: readonly NavNode[]; href: string }>({ nodes: NODES, href: "#/org/h/chapter/es" });
      show = setState;
      return <NavTree label="Your organisations" nodes={state.nodes} currentHref={state.href} defaultExpandedIds={["harbour"]} />;
    }
    renderTranslated(<Harness />);
    const tree = () => screen.getByRole("treegrid", { name: "Your organisations" });
    expect(within(tree()).getByRole("link", { name: "Spain" }).getAttribute("aria-current")).toBe("page");
    // React's act() would run the transition at once too: the urgent render is flushed alone.
    const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };
    const acting = scope.IS_REACT_ACT_ENVIRONMENT;
    scope.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      flushSync(() => show({ nodes: renamed, href: "#/org/h/chapter/cl" }));
      expect(within(tree()).queryByRole("link", { name: "Harbour Cooperative" })).toBeNull();
      expect(within(tree()).getByRole("link", { name: "Spain" }).getAttribute("aria-current")).toBe("page");
      await waitFor(() => expect(within(tree()).getByRole("link", { name: "Harbour Cooperative" })).toBeDefined());
      expect(within(tree()).getByRole("link", { name: "Chile" }).getAttribute("aria-current")).toBe("page");
      expect(within(tree()).getByRole("link", { name: "Spain" }).getAttribute("aria-current")).toBeNull();
    } finally {
      scope.IS_REACT_ACT_ENVIRONMENT = acting;
    }
  });

  it("[issue 15] its first render shows no places: its own follow as a transition, not in the render that mounts it", async () => {
    let mount: () => void = () => undefined;
    function Harness() {
      const [shown, setShown] = useState(false);
      mount = () => setShown(true);
      return shown ? <NavTree label="Your organisations" nodes={NODES} currentHref="#/org/h/chapter/es" defaultExpandedIds={["harbour"]} /> : null;
    }
    renderTranslated(<Harness />);
    // React's act() would run the transition at once too: the urgent render is flushed alone.
    const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };
    const acting = scope.IS_REACT_ACT_ENVIRONMENT;
    scope.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      flushSync(() => mount());
      const tree = () => screen.getByRole("treegrid", { name: "Your organisations" });
      expect(within(tree()).queryAllByRole("link")).toHaveLength(0);
      await waitFor(() => expect(within(tree()).getByRole("link", { name: "Spain" }).getAttribute("aria-current")).toBe("page"));
      expect(within(tree()).getAllByRole("link").map((link) => link.textContent)).toEqual(["Harbour Co-op", "Spain", "Chile", "Riverside Tenants"]);
    } finally {
      scope.IS_REACT_ACT_ENVIRONMENT = acting;
    }
  });

  it("[issue 15] a collapsed item's places are not built but the first (it still expands, from the keyboard), the current page's ancestors are", async () => {
    const read = new Set<string>();
    /** A place whose label is counted when the tree builds its item. */
    const place = (id: string, children?: NavNode[]): NavNode => ({
      id,
      href: `#/org/big/chapter/${id}`,
      get label() {
        read.add(id);
        return `Place ${id}`;
      },
      ...(children === undefined ? {} : { children }),
    });
    const cities = Array.from({ length: 20 }, (_, c) => place(`c${c}`, Array.from({ length: 30 }, (_, n) => place(`c${c}n${n}`))));
    const nodes = [place("root", cities)];
    const user = userEvent.setup();
    renderTranslated(<NavTree label="Your organisations" nodes={nodes} currentHref="#/org/big/chapter/c7n12" defaultExpandedIds={["root"]} />);
    const tree = screen.getByRole("treegrid", { name: "Your organisations" });
    // The root, its 20 cities, the first place of each collapsed one, and the current page's city whole.
    expect(read.size).toBeLessThanOrEqual(1 + 20 + 19 + 30);
    expect(read.has("c3n29")).toBe(false);
    expect(read.has("c7n29")).toBe(true);
    expect(within(tree).queryByRole("link", { name: "Place c3n0" })).toBeNull();
    const city = within(tree).getByRole("link", { name: "Place c3" }).closest("[role=row]")!;
    expect(city.getAttribute("aria-expanded")).toBe("false");
    await user.click(within(tree).getByRole("link", { name: "Place root" }));
    for (let i = 0; i < 4; i++) await user.keyboard("{ArrowDown}");
    expect(document.activeElement?.closest("[role=row]")?.textContent).toBe("Place c3");
    await user.keyboard("{ArrowRight}");
    await waitFor(() => expect(within(tree).getByRole("link", { name: "Place c3n29" })).toBeDefined());
    expect(city.getAttribute("aria-expanded")).toBe("true");
  });

  it("[I18N3] its expand buttons are named in the language shown", () => {
    renderTranslated(<NavTree label="Tus organizaciones" nodes={NODES} />, "es");
    const chevron = screen.getAllByRole("button")[0]!;
    expect(chevron.getAttribute("aria-label")).toBe("Expandir");
  });
});
