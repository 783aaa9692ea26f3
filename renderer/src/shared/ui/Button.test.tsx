// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { Button } from "./Button.js";
import { Link } from "./Link.js";

afterEach(cleanup);

describe("Button", () => {
  it("[A11Y2] is reached with Tab and pressed with Enter and with Space", async () => {
    const user = userEvent.setup();
    const onPress = vi.fn();
    renderTranslated(
      <Button variant="primary" onPress={onPress}>
        Save
      </Button>,
    );
    await user.tab();
    const button = screen.getByRole("button", { name: "Save" });
    expect(button).toBe(document.activeElement);
    await user.keyboard("{Enter}");
    await user.keyboard(" ");
    expect(onPress).toHaveBeenCalledTimes(2);
    expect(button.dataset.variant).toBe("primary");
  });

  it("[A11Y2] a disabled button is skipped by Tab and never pressed; a pending one stays focusable but does nothing", async () => {
    const user = userEvent.setup();
    const onPress = vi.fn();
    renderTranslated(
      <>
        <Button isDisabled onPress={onPress}>
          Disabled
        </Button>
        <Button isPending onPress={onPress}>
          Sending
        </Button>
      </>,
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Sending" }));
    await user.keyboard("{Enter}");
    await user.click(screen.getByRole("button", { name: "Disabled" }));
    expect(onPress).not.toHaveBeenCalled();
  });
});

describe("Link", () => {
  it("[A11Y2] is a real link to its href, followed with Enter", async () => {
    const user = userEvent.setup();
    renderTranslated(<Link href="#/settings">Settings</Link>);
    const link = screen.getByRole("link", { name: "Settings" });
    expect(link.getAttribute("href")).toBe("#/settings");
    await user.tab();
    await user.keyboard("{Enter}");
    expect(window.location.hash).toBe("#/settings");
  });
});
