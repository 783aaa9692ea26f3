// @vitest-environment jsdom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { MenuButton } from "./MenuButton.js";

afterEach(cleanup);

const ACTIONS = [
  { id: "rename", label: "Rename" },
  { id: "export", label: "Export", isDisabled: true },
  { id: "delete", label: "Delete", tone: "danger" as const },
];

describe("MenuButton", () => {
  it("[A11Y2] opens with Enter, moves with the arrow keys past a disabled action, acts with Enter", async () => {
    const user = userEvent.setup();
    const onAction = vi.fn();
    renderTranslated(<MenuButton actions={ACTIONS} onAction={onAction} />);
    await user.tab();
    await user.keyboard("{Enter}");
    const menu = screen.getByRole("menu");
    expect(document.activeElement).toBe(screen.getByRole("menuitem", { name: "Rename" }));
    expect(menu.contains(document.activeElement)).toBe(true);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(screen.getByRole("menuitem", { name: "Delete" }));
    await user.keyboard("{Enter}");
    expect(onAction).toHaveBeenCalledWith("delete");
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("[A11Y2] Escape closes it and gives focus back to its button", async () => {
    const user = userEvent.setup();
    renderTranslated(<MenuButton actions={ACTIONS} onAction={() => undefined} />);
    await user.tab();
    await user.keyboard("{Enter}");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "More actions" })));
  });

  it("[A11Y2] an icon-only button is named in the language shown; one with words is named by them", () => {
    renderTranslated(
      <>
        <MenuButton actions={ACTIONS} onAction={() => undefined} />
        <MenuButton actions={ACTIONS} onAction={() => undefined}>
          Compartir
        </MenuButton>
      </>,
      "es",
    );
    expect(screen.getByRole("button", { name: "Más acciones" })).toBeDefined();
    expect(screen.getByRole("button", { name: "Compartir" })).toBeDefined();
  });
});
