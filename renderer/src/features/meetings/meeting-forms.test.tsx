// @vitest-environment jsdom
import type { DiscoveredMeeting, HostedMeeting, MeetingInterface } from "@chapterhouse/crdt/desktop";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RelayUrl } from "../../shared/data/relay-url.js";
import { HostedMeetingView } from "./HostedMeetingView.js";
import { HostMeetingForm, type HostMeetingFormProps } from "./HostMeetingForm.js";
import type { MeetingAddress } from "./join-address.js";
import { JoinMeetingForm } from "./JoinMeetingForm.js";
import type { JoinOutcome } from "./meeting-actions.js";
import { NearbyMeetings, TOKEN_NOT_ANNOUNCED } from "./NearbyMeetings.js";

const TOKEN = "AbCdEfGhIjKlMnOpQrStUv";
const INTERFACES: MeetingInterface[] = [
  { name: "wlan0", address: "192.168.1.20", kind: "lan" },
  { name: "docker0", address: "172.17.0.1", kind: "virtual" },
];
const RIVERSIDE = { url: "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl, name: "Riverside Tenants" };
const HARBOUR = { url: "automerge:2o5jPmKyXaS3YwBH2kNDoRxYJQ5A" as DocumentUrl, name: "Harbour Co-op" };
const MEETING: HostedMeeting = {
  name: "Assembly",
  address: "192.168.1.20",
  port: 41234,
  token: TOKEN,
  joinUrl: `http://192.168.1.20:41234/#/join?token=${TOKEN}`,
  relayUrl: `ws://192.168.1.20:41234/?token=${TOKEN}`,
};

afterEach(cleanup);

function renderHostForm(props: Partial<HostMeetingFormProps> = {}) {
  const onHost = vi.fn<HostMeetingFormProps["onHost"]>(() => Promise.resolve());
  render(<HostMeetingForm interfaces={INTERFACES} organisations={[RIVERSIDE, HARBOUR]} defaultName="Olga's meeting" onHost={onHost} {...props} />);
  return { onHost, start: () => fireEvent.click(screen.getByRole("button", { name: "Start the meeting" })) };
}

describe("the host form", () => {
  it("[E8.1] offers the interfaces in the order given (private LAN first) and hosts on the chosen one with the chosen organisations", async () => {
    const { onHost, start } = renderHostForm();
    const network = screen.getByLabelText<HTMLSelectElement>("Network");
    expect([...network.options].map((o) => o.textContent)).toEqual(["192.168.1.20 (wlan0, local network)", "172.17.0.1 (docker0, virtual network)"]);
    fireEvent.change(screen.getByLabelText("Meeting name"), { target: { value: "  Assembly  " } });
    fireEvent.click(screen.getByLabelText("Harbour Co-op"));
    start();
    await waitFor(() => expect(onHost).toHaveBeenCalledWith({ name: "Assembly", address: "192.168.1.20" }, [HARBOUR.url]));
    expect(screen.getByRole("status").textContent).toContain("reloads");
  });

  it("[E5.4] refuses an empty or over-long name, tied to the field, and never calls the host", () => {
    const { onHost, start } = renderHostForm();
    const name = screen.getByLabelText("Meeting name");
    fireEvent.change(name, { target: { value: "   " } });
    start();
    expect(screen.getByRole("alert").textContent).toContain("Give the meeting a name");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(name.getAttribute("aria-describedby")).toBe(screen.getByRole("alert").id);
    fireEvent.change(name, { target: { value: "é".repeat(40) } });
    start();
    expect(screen.getByRole("alert").textContent).toContain("too long");
    expect(onHost).not.toHaveBeenCalled();
  });

  it("[E8.4] shows why the meeting could not start, without the bridge's error code, and lets the organiser try again", async () => {
    const { start } = renderHostForm({ onHost: () => Promise.reject(new Error("meeting-failed: the meeting relay could not start: EADDRINUSE")) });
    start();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("The meeting could not start. The meeting relay could not start: EADDRINUSE"));
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Start the meeting" }).disabled).toBe(false);
  });

  it("says what to do with no network, and with a locked identity", async () => {
    const { onHost, start } = renderHostForm({ interfaces: [], organisations: undefined });
    expect(screen.getByText(/Unlock your identity/)).toBeTruthy();
    start();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("join the room's Wi-Fi"));
    expect(onHost).not.toHaveBeenCalled();
  });
});

describe("the hosted meeting", () => {
  it("[E8.3] shows the join address with its token as text and as a QR code, the meeting's state, and copies the address", async () => {
    const copy = vi.fn((_text: string) => Promise.resolve());
    render(<HostedMeetingView meeting={MEETING} connection="connected" organisations={["Riverside Tenants"]} onStop={() => Promise.resolve()} copy={copy} />);
    expect(screen.getByRole("heading", { name: "Hosting “Assembly”" })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("Join address").value).toBe(MEETING.joinUrl);
    expect(screen.getByTestId("meeting-state").textContent).toBe("Running on 192.168.1.20, port 41234");
    expect(screen.getByTestId("meeting-connection").textContent).toBe("Connected to the meeting");
    expect(screen.getByText("Riverside Tenants")).toBeTruthy();
    const qr = await screen.findByRole<HTMLImageElement>("img", { name: /QR code of the join address/ });
    expect(qr.src.startsWith("data:image/png;base64,")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Copy address" }));
    await waitFor(() => expect(screen.getByText("Join address copied.")).toBeTruthy());
    expect(copy).toHaveBeenCalledWith(MEETING.joinUrl);
  });

  it("[E8.5] stops the meeting; a relay that did not close cleanly is reported", async () => {
    const onStop = vi.fn(() => Promise.reject(new Error("meeting-failed: the meeting relay did not stop cleanly: timeout")));
    render(<HostedMeetingView meeting={MEETING} connection={undefined} organisations={[]} onStop={onStop} copy={() => Promise.resolve()} />);
    expect(screen.getByTestId("meeting-connection").textContent).toContain("reload the app");
    fireEvent.click(screen.getByRole("button", { name: "Stop meeting" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("did not stop cleanly"));
    expect(onStop).toHaveBeenCalledTimes(1);
  });
});

describe("joining a meeting", () => {
  const found: DiscoveredMeeting = { name: "Assembly", host: "laptop.local", port: 41234, addresses: ["192.168.1.20"], path: "/" };

  it("[E9.2] a meeting on the network asks for its code, says calmly why, and joins with the code alone", async () => {
    const onJoin = vi.fn((_address: MeetingAddress, _organisations: readonly DocumentUrl[]): Promise<JoinOutcome> => Promise.resolve({ type: "joined", relay: MEETING.relayUrl as RelayUrl, reloading: true }));
    render(<NearbyMeetings meetings={[found]} isJoined={() => false} organisations={[RIVERSIDE]} onJoin={onJoin} onRefresh={() => undefined} />);
    expect(screen.queryByLabelText("Join address or code")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Join Assembly" }));
    expect(screen.getByText(TOKEN_NOT_ANNOUNCED)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Join address or code"), { target: { value: TOKEN } });
    // The member's one organisation is offered checked.
    expect(screen.getByLabelText<HTMLInputElement>("Riverside Tenants").checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Connect to Assembly" }));
    await waitFor(() => expect(onJoin).toHaveBeenCalledTimes(1));
    expect(onJoin.mock.calls[0]![0].relayUrl).toBe(MEETING.relayUrl);
    expect(onJoin.mock.calls[0]![1]).toEqual([RIVERSIDE.url]);
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("reloads to connect"));
  });

  it("[E9.2] a meeting this device already syncs with shows as joined; none found says so", () => {
    render(<NearbyMeetings meetings={[found]} isJoined={() => true} organisations={[]} onJoin={() => Promise.reject(new Error("no"))} onRefresh={() => undefined} />);
    expect(screen.getByText("Joined")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Join Assembly" })).toBeNull();
    cleanup();
    render(<NearbyMeetings meetings={[]} isJoined={() => false} organisations={[]} onJoin={() => Promise.reject(new Error("no"))} onRefresh={() => undefined} />);
    expect(screen.getByText(/No meeting is announced/)).toBeTruthy();
  });

  it("[E8.3] a bad join address is refused in the field; a page that cannot reach the meeting links to its own page", async () => {
    const onJoin = vi.fn((address: MeetingAddress): Promise<JoinOutcome> => Promise.resolve({ type: "open-instead", joinUrl: address.joinUrl, reason: "This page is served over https." }));
    render(<JoinMeetingForm organisations={undefined} onJoin={onJoin} submitLabel="Join meeting" />);
    const field = screen.getByLabelText("Join address");
    fireEvent.change(field, { target: { value: TOKEN } });
    fireEvent.click(screen.getByRole("button", { name: "Join meeting" }));
    expect(screen.getByRole("alert").textContent).toContain("whole join address");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(onJoin).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: MEETING.joinUrl } });
    fireEvent.click(screen.getByRole("button", { name: "Join meeting" }));
    const link = await screen.findByRole<HTMLAnchorElement>("link", { name: MEETING.joinUrl });
    expect(link.href).toBe(MEETING.joinUrl);
  });
});
