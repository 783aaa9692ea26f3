// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppDataContext } from "../../shared/data/app-data-context.js";
import type { AppData } from "../../shared/data/app-data.js";
import { ObservableValue } from "../../shared/data/observable-value.js";
import { IdentityContext } from "./identity-context.js";
import type { IdentityManager, IdentityState } from "./identity-manager.js";
import type { UnlockResult } from "../../shared/platform/key-vault.js";
import { JoinScreen } from "../organisation/JoinScreen.js";
import { MemberSpaceContext } from "../organisation/member-space-context.js";
import { UnlockPanel } from "./UnlockPanel.js";

afterEach(cleanup);

/** Just enough AppData for screens that read the identity. */
function appData(state: IdentityState, unlock: (passphrase: string) => Promise<UnlockResult> = () => Promise.resolve({ type: "wrong-passphrase" })) {
  const identity = {
    state: new ObservableValue<IdentityState>(state),
    space: new ObservableValue(undefined),
    unlock: vi.fn(unlock),
  };
  return { identity, data: { db: {} } as unknown as AppData };
}

/** Renders `screen` over the device's data and the identity. */
function renderWith({ identity, data }: ReturnType<typeof appData>, screen: ReactNode) {
  return render(
    <AppDataContext.Provider value={data}>
      <IdentityContext.Provider value={identity as unknown as IdentityManager}>
        <MemberSpaceContext.Provider value={identity.space}>{screen}</MemberSpaceContext.Provider>
      </IdentityContext.Provider>
    </AppDataContext.Provider>,
  );
}

describe("identity screens", () => {
  it("[K4.7] a wrong passphrase says so, changes nothing, and leaves the field to retry", async () => {
    const setup = appData({ type: "locked", publicKey: "k" as MemberKey, name: "Alice" });
    const { identity } = setup;
    renderWith(setup, <UnlockPanel name="Alice" />);
    const field = screen.getByLabelText("Passphrase");
    fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    expect(screen.getByRole("alert").textContent).toContain("Enter your passphrase");
    expect(identity.unlock).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: "guess" } });
    fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("Nothing was changed"));
    expect(identity.unlock).toHaveBeenCalledWith("guess", expect.any(Function));
    expect(screen.getByLabelText("Passphrase").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Unlock" }).disabled).toBe(false);
  });

  it("[M7.1] a damaged invite link is refused with a sentence that says to ask for a new one", () => {
    const setup = appData({ type: "absent" });
    renderWith(setup, <JoinScreen query="o=4NMNnkMhL8jXrdJ9jamS58PAVdXu&c=dHOa-_fVS-vNpyNWC-ycguVXCe66mF03NUGTzSOHhDA&i=Xq3Tq0-8vL3b4mJzWc0P5oKxg2yGZfQ0H1kq2n9dD7E&t=short" />);
    expect(screen.getByRole("alert").textContent).toMatch(/secret is damaged.*Ask for a new link/);
    expect(screen.getByRole("link", { name: "Go to the start" })).toBeTruthy();
  });

  it("an invite opened without an identity asks for one first, offering create and restore", () => {
    const setup = appData({ type: "absent" });
    const token = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    renderWith(setup, <JoinScreen query={`o=4NMNnkMhL8jXrdJ9jamS58PAVdXu&c=dHOa-_fVS-vNpyNWC-ycguVXCe66mF03NUGTzSOHhDA&i=Xq3Tq0-8vL3b4mJzWc0P5oKxg2yGZfQ0H1kq2n9dD7E&t=${token}&r=ws%3A%2F%2F127.0.0.1%3A1%2F`} />);
    expect(screen.getByRole("link", { name: "Create your identity" }).getAttribute("href")).toBe("#/identity/create");
    expect(screen.getByRole("link", { name: "Restore from a recovery phrase" }).getAttribute("href")).toBe("#/identity/restore");
    expect(screen.queryByRole("button", { name: "Join" })).toBeNull();
  });
});
