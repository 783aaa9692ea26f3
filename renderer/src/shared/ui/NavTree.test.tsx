// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
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

  it("[I18N3] its expand buttons are named in the language shown", () => {
    renderTranslated(<NavTree label="Tus organizaciones" nodes={NODES} />, "es");
    const chevron = screen.getAllByRole("button")[0]!;
    expect(chevron.getAttribute("aria-label")).toBe("Expandir");
  });
});
