// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { PlainLink } from "./PlainLink.js";

afterEach(cleanup);

describe("PlainLink", () => {
  it("[A11Y2] [A11Y4] is a link named by its text, reached with Tab, with the standalone link's look", async () => {
    const user = userEvent.setup();
    render(<PlainLink href="#/org/o/chapter/c/proposal/p">Mend the gate</PlainLink>);
    await user.tab();
    const link = screen.getByRole("link", { name: "Mend the gate" });
    expect(link).toBe(document.activeElement);
    expect(link.getAttribute("href")).toBe("#/org/o/chapter/c/proposal/p");
    expect(link.className).toBe("ui-Link");
    expect(link.dataset.variant).toBe("standalone");
  });
});
