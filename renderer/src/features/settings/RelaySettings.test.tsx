// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RelayConnectionStatus } from "../../shared/data/relay-connection.js";
import type { RelayUrl } from "../../shared/data/relay-url.js";
import { RelaySettings, type RelaySettingsProps } from "./RelaySettings.js";

const known = "wss://relay.example.org/" as RelayUrl;

function renderSettings(props: Partial<RelaySettingsProps> = {}) {
  const onAdd = vi.fn<RelaySettingsProps["onAdd"]>(() => Promise.resolve());
  const onRemove = vi.fn<RelaySettingsProps["onRemove"]>(() => Promise.resolve());
  render(
    <RelaySettings
      relays={[]}
      workOffline={false}
      pageProtocol="http:"
      onAdd={onAdd}
      onRemove={onRemove}
      {...props}
    />,
  );
  const address = screen.getByLabelText("Relay address");
  const submit = () => fireEvent.click(screen.getByRole("button", { name: "Add relay" }));
  const type = (text: string) => fireEvent.change(address, { target: { value: text } });
  return { onAdd, onRemove, address, submit, type };
}

afterEach(cleanup);

describe("RelaySettings", () => {
  it("refuses an https:// address with an error that says to use wss://, tied to the field", () => {
    const { onAdd, address, submit, type } = renderSettings();
    type("https://relay.example.org");
    submit();
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("wss://");
    expect(address.getAttribute("aria-invalid")).toBe("true");
    expect(address.getAttribute("aria-describedby")).toContain(alert.id);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it("refuses an empty address and text that is not an address", () => {
    const { onAdd, submit, type } = renderSettings();
    submit();
    expect(screen.getByRole("alert").textContent).toContain("Enter the relay's address");
    type("relay example org");
    submit();
    expect(screen.getByRole("alert").textContent).toContain("is not a web address");
    expect(onAdd).not.toHaveBeenCalled();
  });

  it("refuses ws:// on a page served over https, where the browser would block it", () => {
    const { onAdd, submit, type } = renderSettings({ pageProtocol: "https:" });
    type("ws://192.168.1.20:3030");
    submit();
    expect(screen.getByRole("alert").textContent).toContain("use wss://");
    expect(onAdd).not.toHaveBeenCalled();
  });

  it("clears the error as soon as the member edits the address", () => {
    const { submit, type } = renderSettings();
    type("ftp://x");
    submit();
    expect(screen.queryByRole("alert")).not.toBeNull();
    type("wss://relay.example.org");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("adds a valid wss:// address in its normal form, with the chosen kind, and empties the field", async () => {
    const { onAdd, address, submit, type } = renderSettings();
    type("  WSS://Relay.Example.org  ");
    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "meeting" } });
    submit();
    await waitFor(() => expect(onAdd).toHaveBeenCalledExactlyOnceWith(known, "meeting"));
    await waitFor(() => expect((address as HTMLInputElement).value).toBe(""));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("refuses an address already in the list", () => {
    const relays: RelayConnectionStatus[] = [{ url: known, kind: "relay", state: "connected" }];
    const { onAdd, submit, type } = renderSettings({ relays });
    type("wss://relay.example.org");
    submit();
    expect(screen.getByRole("alert").textContent).toContain("already in the list");
    expect(onAdd).not.toHaveBeenCalled();
  });

  it("shows a failure to save as an error", async () => {
    const onAdd = vi.fn(() => Promise.reject(new Error("quota exceeded")));
    const { submit, type } = renderSettings({ onAdd });
    type("wss://relay.example.org");
    submit();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("quota exceeded"));
  });

  it("lists each relay with its state and removes the one whose Remove button is pressed", async () => {
    const other = "ws://192.168.1.20:3030/" as RelayUrl;
    const relays: RelayConnectionStatus[] = [
      { url: known, kind: "relay", state: "connected" },
      { url: other, kind: "meeting", state: "error", detail: "Could not reach the relay; retrying." },
    ];
    const { onRemove } = renderSettings({ relays });
    const items = within(screen.getByRole("list", { name: "Relays" })).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain("Connected");
    expect(items[1]!.textContent).toContain("Can't connect: Could not reach the relay; retrying.");
    expect(items[1]!.textContent).toContain("Meeting host");
    fireEvent.click(screen.getByRole("button", { name: `Remove ${other}` }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledExactlyOnceWith(other));
  });

  it("shows every relay as disconnected while working offline", () => {
    renderSettings({ relays: [{ url: known, kind: "relay", state: "connected" }], workOffline: true });
    expect(screen.getByRole("listitem").textContent).toContain("Disconnected (working offline)");
  });

  it("says what to do when no relay is added yet", () => {
    renderSettings();
    expect(screen.getByText(/No relay yet/).textContent).toContain("wss://");
    expect(screen.queryByRole("list", { name: "Relays" })).toBeNull();
  });
});
