// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { RouteTabs } from "./RouteTabs.js";

afterEach(cleanup);

const TABS = [
  { id: "overview", label: "Overview", href: "#/org/o/chapter/c" },
  { id: "proposals", label: "Proposals and votes", href: "#/org/o/chapter/c/proposals" },
  { id: "members", label: "Members", href: "#/org/o/chapter/c/members" },
];

describe("RouteTabs", () => {
  it("[A11Y2] the route's section is the selected tab, and its panel is named by that tab", () => {
    renderTranslated(
      <RouteTabs label="Chapter sections" tabs={TABS} selectedId="proposals">
        <p>Two proposals</p>
      </RouteTabs>,
    );
    expect(screen.getByRole("tablist", { name: "Chapter sections" })).toBeDefined();
    const selected = screen.getByRole("tab", { selected: true });
    expect(selected.textContent).toBe("Proposals and votes");
    expect(screen.getByRole("tabpanel", { name: "Proposals and votes" }).textContent).toBe("Two proposals");
  });

  it("[A11Y2] each tab is a link to its route; arrow keys move between tabs without leaving the page, and Enter follows one", async () => {
    const user = userEvent.setup();
    renderTranslated(
      <RouteTabs label="Chapter sections" tabs={TABS} selectedId="overview">
        <p>Overview</p>
      </RouteTabs>,
    );
    expect(screen.getAllByRole("tab").map((tab) => tab.getAttribute("href"))).toEqual(TABS.map((tab) => tab.href));
    await user.tab();
    expect(document.activeElement?.textContent).toBe("Overview");
    const before = window.location.hash;
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement?.textContent).toBe("Members");
    expect(window.location.hash).toBe(before);
    await user.keyboard("{Enter}");
    expect(window.location.hash).toBe("#/org/o/chapter/c/members");
  });
});
