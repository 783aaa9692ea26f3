// @vitest-environment jsdom
import { act, cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { Avatar } from "./Avatar.js";
import { Breadcrumbs } from "./Breadcrumbs.js";
import { Button } from "./Button.js";
import { Card } from "./Card.js";
import { DataList } from "./DataList.js";
import { DataTable } from "./DataTable.js";
import { EmptyState } from "./EmptyState.js";
import { PageHeading } from "./PageHeading.js";
import { Skeleton } from "./Skeleton.js";
import { StatusPill } from "./StatusPill.js";
import { createToastQueue, ToastRegion } from "./Toasts.js";

afterEach(cleanup);

describe("PageHeading", () => {
  it("[A11Y3] on a page nobody has touched yet, takes no focus: the first Tab still reaches the skip link", () => {
    renderTranslated(<PageHeading focusKey="#/a">Settings</PageHeading>);
    expect(document.activeElement).toBe(document.body);
  });

  it("[A11Y3] once the member has done something, takes focus when it appears and again when the route it shows changes", () => {
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab" }));
    const { rerender } = renderTranslated(<PageHeading focusKey="#/a">Settings</PageHeading>);
    const heading = screen.getByRole("heading", { level: 1, name: "Settings" });
    expect(document.activeElement).toBe(heading);
    expect(heading.tabIndex).toBe(-1);
    heading.blur();
    rerender(<PageHeading focusKey="#/a">Settings</PageHeading>);
    expect(document.activeElement).not.toBe(heading);
    rerender(<PageHeading focusKey="#/b">Meetings</PageHeading>);
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1, name: "Meetings" }));
  });
});

describe("EmptyState", () => {
  it("[A11Y2] is a region named by what is empty, saying what to do, with the action", () => {
    renderTranslated(<EmptyState title="No proposals yet" description="Write the first proposal for your chapter." action={<Button variant="primary">New proposal</Button>} />);
    const region = screen.getByRole("region", { name: "No proposals yet" });
    expect(region.textContent).toContain("Write the first proposal for your chapter.");
    expect(within(region).getByRole("button", { name: "New proposal" })).toBeDefined();
  });
});

describe("Card, StatusPill, DataList", () => {
  it("[A11Y2] a titled card is a region named by its title; a pill carries its words", () => {
    renderTranslated(
      <Card title="Rent strike" footer={<StatusPill tone="success">Decided</StatusPill>}>
        <DataList items={[{ id: "closes", term: "Closes", details: "27 Nov 2026" }]} />
      </Card>,
    );
    const card = screen.getByRole("region", { name: "Rent strike" });
    expect(within(card).getByText("Decided").dataset.tone).toBe("success");
    expect(within(card).getByRole("term").textContent).toBe("Closes");
    expect(within(card).getByRole("definition").textContent).toBe("27 Nov 2026");
  });
});

describe("DataTable", () => {
  it("[A11Y2] is a table named by its caption, with row headers, in a region the keyboard can scroll", () => {
    renderTranslated(
      <DataTable
        caption="Results"
        rows={[{ option: "Yes", votes: 12 }]}
        rowKey={(row) => row.option}
        columns={[
          { id: "option", title: "Option", isRowHeader: true, cell: (row) => row.option },
          { id: "votes", title: "Votes", align: "end", cell: (row) => row.votes },
        ]}
      />,
    );
    expect(screen.getByRole("table", { name: "Results" })).toBeDefined();
    expect(screen.getByRole("rowheader", { name: "Yes" })).toBeDefined();
    expect(screen.getByRole("region", { name: "Results" }).tabIndex).toBe(0);
  });
});

describe("Breadcrumbs", () => {
  it("[A11Y2] is a navigation named in the language shown, the last step marked as the current page and no link", () => {
    renderTranslated(
      <Breadcrumbs
        crumbs={[
          { id: "o", label: "Harbour Co-op", href: "#/org/h" },
          { id: "c", label: "Valencia", href: "#/org/h/chapter/vlc" },
        ]}
      />,
      "es",
    );
    const nav = screen.getByRole("navigation", { name: "Estás aquí" });
    expect(within(nav).getByText("Valencia").getAttribute("aria-current")).toBe("page");
    expect(within(nav).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual([["Harbour Co-op", "#/org/h"]]);
  });

  it("[A11Y2] for a page below its last step, every step is a link up and none is the current page", () => {
    renderTranslated(
      <Breadcrumbs
        lastIsCurrent={false}
        crumbs={[
          { id: "o", label: "Harbour Co-op", href: "#/org/h" },
          { id: "c", label: "Valencia", href: "#/org/h/chapter/vlc" },
        ]}
      />,
    );
    const nav = screen.getByRole("navigation", { name: "You are here" });
    expect(within(nav).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href"), link.getAttribute("aria-current")])).toEqual([
      ["Harbour Co-op", "#/org/h", null],
      ["Valencia", "#/org/h/chapter/vlc", null],
    ]);
  });
});

describe("Avatar", () => {
  it("[A11Y2] shows initials, hidden beside a written name; standing alone it is a named picture", () => {
    renderTranslated(
      <>
        <Avatar name="ana garcía" />
        <Avatar name="Ana García" decorative={false} />
        <Avatar name="Bo" picture="data:image/png;base64,AA==" decorative={false} />
      </>,
      "es",
    );
    expect(screen.getAllByText("AG")[0]!.getAttribute("aria-hidden")).toBe("true");
    expect(screen.getByRole("img", { name: "Foto de Ana García" }).textContent).toBe("AG");
    expect(screen.getByRole("img", { name: "Foto de Bo" }).getAttribute("src")).toBe("data:image/png;base64,AA==");
  });
});

describe("Skeleton and ToastRegion", () => {
  it("[A11Y2] loading is announced as a status in the language shown", () => {
    renderTranslated(<Skeleton lines={2} />, "es");
    expect(screen.getByRole("status").textContent).toBe("Cargando…");
  });

  it("[A11Y2] a message shows in the named notifications region with a named close button", () => {
    const queue = createToastQueue();
    renderTranslated(<ToastRegion queue={queue} />);
    act(() => void queue.add({ title: "Saved", description: "Your profile is saved.", tone: "success" }));
    const region = screen.getByRole("region", { name: "Notifications" });
    expect(within(region).getByText("Saved")).toBeDefined();
    expect(within(region).getByRole("button", { name: "Close" })).toBeDefined();
  });
});
