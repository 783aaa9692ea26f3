// @vitest-environment jsdom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { Button } from "./Button.js";
import { ConfirmDialog } from "./ConfirmDialog.js";
import { Dialog, DialogTrigger } from "./Dialog.js";

afterEach(cleanup);

describe("Dialog", () => {
  it("[A11Y2] opens from its trigger with the keyboard, is named by its title, closes with Escape and gives focus back", async () => {
    const user = userEvent.setup();
    renderTranslated(
      <DialogTrigger>
        <Button>Details</Button>
        <Dialog title="About this vote">
          <p>Counted on every device.</p>
        </Dialog>
      </DialogTrigger>,
    );
    await user.tab();
    await user.keyboard("{Enter}");
    const dialog = screen.getByRole("dialog", { name: "About this vote" });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    // react-aria gives focus back once the dialog has gone, a frame later.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Details" })));
  });

  it("[A11Y2] has a close button named in the language shown", async () => {
    const user = userEvent.setup();
    renderTranslated(<Dialog title="Detalles" isOpen onOpenChange={() => undefined}>contenido</Dialog>, "es");
    expect(screen.getByRole("button", { name: "Cerrar" })).toBeDefined();
    await user.keyboard("{Tab}");
    expect(screen.getByRole("dialog", { name: "Detalles" }).contains(document.activeElement)).toBe(true);
  });
});

describe("ConfirmDialog", () => {
  function renderConfirm(tone: "primary" | "danger", onConfirm = vi.fn()) {
    renderTranslated(
      <DialogTrigger>
        <Button>Remove</Button>
        <ConfirmDialog title="Remove this relay?" confirmLabel="Remove the relay" tone={tone} onConfirm={onConfirm}>
          The app stops syncing with it.
        </ConfirmDialog>
      </DialogTrigger>,
    );
    return onConfirm;
  }

  it("[A11Y2] asks as an alert dialog; for a destructive action Cancel has the focus, so Enter does no harm", async () => {
    const user = userEvent.setup();
    const onConfirm = renderConfirm("danger");
    await user.click(screen.getByRole("button", { name: "Remove" }));
    expect(screen.getByRole("alertdialog", { name: "Remove this relay?" })).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel" }));
    await user.keyboard("{Enter}");
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("[A11Y2] the action's own words confirm it and close the dialog", async () => {
    const user = userEvent.setup();
    const onConfirm = renderConfirm("primary");
    await user.click(screen.getByRole("button", { name: "Remove" }));
    await user.click(screen.getByRole("button", { name: "Remove the relay" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });
});
