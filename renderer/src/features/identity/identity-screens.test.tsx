// @vitest-environment jsdom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppDataContext } from "../../shared/data/app-data-context.js";
import type { AppData } from "../../shared/data/app-data.js";
import { ObservableValue } from "../../shared/data/observable-value.js";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import type { UnlockResult } from "../../shared/platform/key-vault.js";
import { JoinScreen } from "../organisation/JoinScreen.js";
import { MemberSpaceContext } from "../organisation/member-space-context.js";
import { CreateIdentityScreen } from "./CreateIdentityScreen.js";
import { IdentityContext } from "./identity-context.js";
import type { IdentityManager, IdentityState } from "./identity-manager.js";
import { UnlockPanel } from "./UnlockPanel.js";

afterEach(cleanup);

/** Just enough AppData for screens that read the identity. */
function appData(state: IdentityState, unlock: (passphrase: string) => Promise<UnlockResult> = () => Promise.resolve({ type: "wrong-passphrase" })) {
  const identity = {
    state: new ObservableValue<IdentityState>(state),
    space: new ObservableValue(undefined),
    unlock: vi.fn(unlock),
    create: vi.fn(() => Promise.reject(new Error("storage full"))),
  };
  return { identity, data: { db: {}, platform: { randomBytes: (n: number) => new Uint8Array(n) } } as unknown as AppData };
}

/** Renders `screen` over the device's data and the identity, in `language`. */
function renderWith({ identity, data }: ReturnType<typeof appData>, screen: ReactNode, language = "en") {
  return renderTranslated(
    <AppDataContext.Provider value={data}>
      <IdentityContext.Provider value={identity as unknown as IdentityManager}>
        <MemberSpaceContext.Provider value={identity.space}>{screen}</MemberSpaceContext.Provider>
      </IdentityContext.Provider>
    </AppDataContext.Provider>,
    language,
  );
}

const LINK = "o=4NMNnkMhL8jXrdJ9jamS58PAVdXu&c=dHOa-_fVS-vNpyNWC-ycguVXCe66mF03NUGTzSOHhDA&i=Xq3Tq0-8vL3b4mJzWc0P5oKxg2yGZfQ0H1kq2n9dD7E";

describe("identity screens", () => {
  it("[K4.7] a wrong passphrase says so on the field, which gets focus, changes nothing, and can be retried", async () => {
    const user = userEvent.setup();
    const setup = appData({ type: "locked", publicKey: "k" as MemberKey, name: "Alice" });
    const { identity } = setup;
    renderWith(setup, <UnlockPanel name="Alice" />);
    const field = screen.getByLabelText("Passphrase");
    await user.click(screen.getByRole("button", { name: "Unlock" }));
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(field.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent).toBe("Enter your passphrase.");
    expect(identity.unlock).not.toHaveBeenCalled();
    await user.type(field, "guess");
    expect(field.getAttribute("aria-invalid")).toBeNull();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByText(/Nothing was changed/)).toBeDefined());
    expect(identity.unlock).toHaveBeenCalledWith("guess", expect.any(Function));
    expect(screen.getByLabelText("Passphrase").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Unlock" }).disabled).toBe(false);
  });

  it("[I18N3] creating an identity that fails says so plainly in Spanish, the storage's own words under Detalles", async () => {
    const user = userEvent.setup();
    renderWith(appData({ type: "absent" }), <CreateIdentityScreen />, "es");
    await user.type(screen.getByLabelText("Tu nombre"), "Ana");
    await user.type(screen.getByLabelText("Contraseña para este dispositivo"), "una contraseña larga");
    await user.type(screen.getByLabelText("Repite la contraseña"), "otra contraseña");
    await user.click(screen.getByRole("button", { name: "Crear identidad" }));
    expect(screen.getByLabelText("Repite la contraseña").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Las dos contraseñas no coinciden: escribe la misma contraseña dos veces.")).toBeDefined();
    await user.clear(screen.getByLabelText("Repite la contraseña"));
    await user.type(screen.getByLabelText("Repite la contraseña"), "una contraseña larga");
    await user.click(screen.getByRole("button", { name: "Crear identidad" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("No se ha podido crear tu identidad.");
    await user.click(screen.getByRole("button", { name: "Detalles" }));
    expect(screen.getByText("storage full")).toBeDefined();
  });

  it("[M7.1] a damaged invite link is refused with a sentence that says to ask for a new one", () => {
    renderWith(appData({ type: "absent" }), <JoinScreen query={`${LINK}&t=short`} />);
    expect(screen.getByRole("alert").textContent).toMatch(/secret is damaged.*Ask for a new link/);
    expect(screen.getByRole("link", { name: "Go to the start" })).toBeTruthy();
  });

  it("[M7.1] [I18N3] the same refusal in Spanish", () => {
    renderWith(appData({ type: "absent" }), <JoinScreen query={`${LINK}&t=short`} />, "es");
    expect(screen.getByRole("alert").textContent).toBe("El secreto de este enlace de invitación está dañado (¿se cortó al copiarlo?). Pide un enlace nuevo.");
  });

  it("an invite opened without an identity asks for one first, offering create and restore", () => {
    const token = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    renderWith(appData({ type: "absent" }), <JoinScreen query={`${LINK}&t=${token}&r=ws%3A%2F%2F127.0.0.1%3A1%2F`} />);
    expect(screen.getByRole("link", { name: "Create your identity" }).getAttribute("href")).toBe("#/identity/create");
    expect(screen.getByRole("link", { name: "Restore from a recovery phrase" }).getAttribute("href")).toBe("#/identity/restore");
    expect(screen.queryByRole("button", { name: "Join" })).toBeNull();
  });
});
