// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RelayConnectionStatus } from "../../shared/data/relay-connection.js";
import type { RelayUrl } from "../../shared/data/relay-url.js";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import { RelaySettings, type RelaySettingsProps } from "./RelaySettings.js";

const known = "wss://relay.example.org/" as RelayUrl;

function renderSettings(props: Partial<RelaySettingsProps> = {}, language = "en") {
  const user = userEvent.setup();
  const onAdd = vi.fn<RelaySettingsProps["onAdd"]>(() => Promise.resolve());
  const onRemove = vi.fn<RelaySettingsProps["onRemove"]>(() => Promise.resolve());
  renderTranslated(<RelaySettings relays={[]} workOffline={false} pageProtocol="http:" onAdd={onAdd} onRemove={onRemove} {...props} />, language);
  const address = () => screen.getByLabelText<HTMLInputElement>(language === "en" ? "Server address" : "Dirección del servidor");
  const submit = () => user.click(screen.getByRole("button", { name: language === "en" ? "Add server" : "Añadir servidor" }));
  const type = async (text: string) => {
    await user.clear(address());
    if (text !== "") await user.type(address(), text);
  };
  /** The field's problem, as read with it. */
  const problem = () => {
    const ids = address().getAttribute("aria-describedby")?.split(" ") ?? [];
    return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
  };
  return { user, onAdd, onRemove, address, submit, type, problem };
}

afterEach(cleanup);

describe("RelaySettings", () => {
  it("refuses an https:// address with a problem that says to use wss://, tied to the field, which gets focus", async () => {
    const { onAdd, address, submit, type, problem } = renderSettings();
    await type("https://relay.example.org");
    await submit();
    expect(address().getAttribute("aria-invalid")).toBe("true");
    expect(problem()).toContain("starts with wss://");
    await waitFor(() => expect(document.activeElement).toBe(address()));
    expect(onAdd).not.toHaveBeenCalled();
  });

  it("refuses an empty address and text that is not an address", async () => {
    const { onAdd, submit, type, problem } = renderSettings();
    await submit();
    expect(problem()).toContain("Enter the sync server's address");
    await type("relay example org");
    await submit();
    expect(problem()).toContain("That is not a server address");
    expect(onAdd).not.toHaveBeenCalled();
  });

  it("refuses ws:// on a page served over https, where the browser would block it", async () => {
    const { onAdd, submit, type, problem } = renderSettings({ pageProtocol: "https:" });
    await type("ws://192.168.1.20:3030");
    await submit();
    expect(problem()).toContain("use wss:// instead of ws://");
    expect(onAdd).not.toHaveBeenCalled();
  });

  it("clears the problem as soon as the member edits the address", async () => {
    const { submit, type, address } = renderSettings();
    await type("ftp://x");
    await submit();
    expect(address().getAttribute("aria-invalid")).toBe("true");
    await type("wss://relay.example.org");
    expect(address().getAttribute("aria-invalid")).toBeNull();
  });

  it("adds a valid wss:// address in its normal form, with the kind chosen, and empties the field", async () => {
    const { user, onAdd, address, submit, type } = renderSettings();
    await type("  WSS://Relay.Example.org  ");
    await user.click(screen.getByRole("button", { name: /Kind/ }));
    await user.click(screen.getByRole("option", { name: "Meeting on this network" }));
    await submit();
    await waitFor(() => expect(onAdd).toHaveBeenCalledExactlyOnceWith(known, "meeting"));
    await waitFor(() => expect(address().value).toBe(""));
    expect(screen.getByRole("status").textContent).toBe(`Added ${known}.`);
  });

  it("refuses an address already in the list", async () => {
    const relays: RelayConnectionStatus[] = [{ url: known, kind: "relay", state: "connected" }];
    const { onAdd, submit, type, problem } = renderSettings({ relays });
    await type("wss://relay.example.org");
    await submit();
    expect(problem()).toContain("already in the list");
    expect(onAdd).not.toHaveBeenCalled();
  });

  it("shows a failure to save plainly, with its own words under Details", async () => {
    const onAdd = vi.fn(() => Promise.reject(new Error("quota exceeded")));
    const { user, submit, type } = renderSettings({ onAdd });
    await type("wss://relay.example.org");
    await submit();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain(`${known} could not be added.`));
    await user.click(screen.getByRole("button", { name: "Details" }));
    expect(screen.getByText("quota exceeded")).toBeDefined();
  });

  it("lists each server with its state and removes the one whose Remove button is pressed", async () => {
    const other = "ws://192.168.1.20:3030/" as RelayUrl;
    const relays: RelayConnectionStatus[] = [
      { url: known, kind: "relay", state: "connected" },
      { url: other, kind: "meeting", state: "error", detail: "Could not reach the relay; retrying." },
    ];
    const { user, onRemove } = renderSettings({ relays });
    const items = within(screen.getByRole("list", { name: "Sync servers" })).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain("Connected");
    expect(items[1]!.textContent).toContain("Can't connect; trying again");
    expect(items[1]!.textContent).toContain("Meeting");
    await user.click(screen.getByRole("button", { name: `Remove ${other}` }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledExactlyOnceWith(other));
  });

  it("shows every server as disconnected while working offline", () => {
    renderSettings({ relays: [{ url: known, kind: "relay", state: "connected" }], workOffline: true });
    expect(screen.getByRole("listitem").textContent).toContain("Disconnected (working offline)");
  });

  it("says what to do when no server is added yet", () => {
    renderSettings();
    expect(screen.getByRole("heading", { name: "No sync server yet" })).toBeDefined();
    expect(screen.getByText(/Add the address your organisation gave you/).textContent).toContain("wss://");
    expect(screen.queryByRole("list", { name: "Sync servers" })).toBeNull();
  });

  it("[I18N3] speaks Spanish, its problems too", async () => {
    const { submit, problem } = renderSettings({}, "es");
    expect(screen.getByRole("heading", { name: "Servidores de sincronización y reuniones" })).toBeDefined();
    await submit();
    expect(problem()).toContain("Escribe la dirección del servidor de sincronización");
  });
});
