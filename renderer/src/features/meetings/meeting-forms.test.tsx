// @vitest-environment jsdom
import type { DiscoveredMeeting, HostedMeeting, MeetingInterface } from "@chapterhouse/crdt/desktop";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RelayUrl } from "../../shared/data/relay-url.js";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import { HostedMeetingView } from "./HostedMeetingView.js";
import { HostMeetingForm, type HostMeetingFormProps } from "./HostMeetingForm.js";
import type { MeetingAddress } from "./join-address.js";
import { JoinMeetingForm } from "./JoinMeetingForm.js";
import type { JoinOutcome } from "./meeting-actions.js";
import { NearbyMeetings } from "./NearbyMeetings.js";

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

/** The problem read with `field` (its description), as a screen reader says it. */
function problemOf(field: HTMLElement): string {
  return (field.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

function renderHostForm(props: Partial<HostMeetingFormProps> = {}, language = "en") {
  const user = userEvent.setup();
  const onHost = vi.fn<HostMeetingFormProps["onHost"]>(() => Promise.resolve());
  renderTranslated(<HostMeetingForm interfaces={INTERFACES} organisations={[RIVERSIDE, HARBOUR]} defaultName="Olga's meeting" onHost={onHost} {...props} />, language);
  return { user, onHost, start: () => user.click(screen.getByRole("button", { name: language === "en" ? "Start the meeting" : "Iniciar la reunión" })) };
}

describe("the host form", () => {
  it("[E8.1] offers the interfaces in the order given (private LAN first) and hosts on the chosen one with the chosen organisations", async () => {
    const { user, onHost, start } = renderHostForm();
    await user.click(screen.getByRole("button", { name: /Network/ }));
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["192.168.1.20 (wlan0, local network)", "172.17.0.1 (docker0, virtual network)"]);
    await user.keyboard("{Escape}");
    const name = screen.getByLabelText("Meeting name");
    await user.clear(name);
    await user.type(name, "  Assembly  ");
    await user.click(screen.getByRole("checkbox", { name: "Harbour Co-op" }));
    await start();
    await waitFor(() => expect(onHost).toHaveBeenCalledWith({ name: "Assembly", address: "192.168.1.20" }, [HARBOUR.url]));
    expect(screen.getByRole("status").textContent).toContain("reloads");
  });

  it("[E5.4] refuses an empty or over-long name on the field, which gets focus, and never calls the host", async () => {
    const { user, onHost, start } = renderHostForm();
    const name = screen.getByLabelText("Meeting name");
    await user.clear(name);
    await user.type(name, "   ");
    await start();
    expect(problemOf(name)).toContain("Give the meeting a name");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    await waitFor(() => expect(document.activeElement).toBe(name));
    await user.clear(name);
    await user.type(name, "é".repeat(40));
    await start();
    expect(problemOf(name)).toContain("too long");
    expect(onHost).not.toHaveBeenCalled();
  });

  it("[E8.4] says plainly that the meeting could not start, the bridge's own words (without its code) under Details, and lets the organiser try again", async () => {
    const { user, start } = renderHostForm({ onHost: () => Promise.reject(new Error("meeting-failed: the meeting relay could not start: EADDRINUSE")) });
    await start();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("The meeting could not start. Try again."));
    await user.click(screen.getByRole("button", { name: "Details" }));
    expect(screen.getByText("The meeting relay could not start: EADDRINUSE")).toBeDefined();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Start the meeting" }).disabled).toBe(false);
  });

  it("says what to do with no network, and with a locked identity", async () => {
    const { onHost, start } = renderHostForm({ interfaces: [], organisations: undefined });
    expect(screen.getByText(/Unlock your identity/)).toBeTruthy();
    await start();
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("join the room's Wi-Fi"));
    expect(onHost).not.toHaveBeenCalled();
  });

  it("[I18N3] speaks Spanish, the network's kind included", async () => {
    const { user } = renderHostForm({}, "es");
    await user.click(screen.getByRole("button", { name: /Red/ }));
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["192.168.1.20 (wlan0, red local)", "172.17.0.1 (docker0, red virtual)"]);
  });
});

describe("the hosted meeting", () => {
  it("[E8.3] shows the join address with its token as text and as a QR code, the meeting's state, and copies the address", async () => {
    const user = userEvent.setup();
    const copy = vi.fn((_text: string) => Promise.resolve());
    renderTranslated(<HostedMeetingView meeting={MEETING} connection="connected" organisations={["Riverside Tenants"]} onStop={() => Promise.resolve()} copy={copy} />);
    expect(screen.getByRole("heading", { name: "Hosting “Assembly”" })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("Join address").value).toBe(MEETING.joinUrl);
    expect(screen.getByTestId("meeting-state").textContent).toBe("Running on 192.168.1.20, port 41234");
    expect(screen.getByTestId("meeting-connection").textContent).toBe("Connected to the meeting");
    expect(screen.getByText("Riverside Tenants")).toBeTruthy();
    const qr = await screen.findByRole<HTMLImageElement>("img", { name: /QR code of the join address/ });
    expect(qr.src.startsWith("data:image/png;base64,")).toBe(true);
    await user.click(screen.getByRole("button", { name: "Copy address" }));
    await waitFor(() => expect(screen.getByText("Join address copied.")).toBeTruthy());
    expect(copy).toHaveBeenCalledWith(MEETING.joinUrl);
  });

  it("[E8.5] stops the meeting; a relay that did not close cleanly is reported", async () => {
    const user = userEvent.setup();
    const onStop = vi.fn(() => Promise.reject(new Error("meeting-failed: the meeting relay did not stop cleanly: timeout")));
    renderTranslated(<HostedMeetingView meeting={MEETING} connection={undefined} organisations={[]} onStop={onStop} copy={() => Promise.resolve()} />);
    expect(screen.getByTestId("meeting-connection").textContent).toContain("reload the app");
    await user.click(screen.getByRole("button", { name: "Stop meeting" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("did not stop cleanly"));
    expect(onStop).toHaveBeenCalledTimes(1);
  });
});

describe("joining a meeting", () => {
  const found: DiscoveredMeeting = { name: "Assembly", host: "laptop.local", port: 41234, addresses: ["192.168.1.20"], path: "/" };

  it("[E9.2] a meeting on the network asks for its code, says calmly why, and joins with the code alone", async () => {
    const user = userEvent.setup();
    const onJoin = vi.fn((_address: MeetingAddress, _organisations: readonly DocumentUrl[]): Promise<JoinOutcome> => Promise.resolve({ type: "joined", relay: MEETING.relayUrl as RelayUrl, reloading: true }));
    renderTranslated(<NearbyMeetings meetings={[found]} isJoined={() => false} organisations={[RIVERSIDE]} onJoin={onJoin} onRefresh={() => undefined} />);
    expect(screen.queryByLabelText("Join address or code")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Join Assembly" }));
    expect(screen.getByText(/A meeting's code is never announced/)).toBeTruthy();
    await user.type(screen.getByLabelText("Join address or code"), TOKEN);
    // The member's one organisation is offered checked.
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Riverside Tenants" }).checked).toBe(true);
    await user.click(screen.getByRole("button", { name: "Connect to Assembly" }));
    await waitFor(() => expect(onJoin).toHaveBeenCalledTimes(1));
    expect(onJoin.mock.calls[0]![0].relayUrl).toBe(MEETING.relayUrl);
    expect(onJoin.mock.calls[0]![1]).toEqual([RIVERSIDE.url]);
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("reloads to connect"));
  });

  it("[E9.2] a meeting this device already syncs with shows as joined; none found says so and what to do", () => {
    renderTranslated(<NearbyMeetings meetings={[found]} isJoined={() => true} organisations={[]} onJoin={() => Promise.reject(new Error("no"))} onRefresh={() => undefined} />);
    expect(within(screen.getByRole("list")).getByText("Joined")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Join Assembly" })).toBeNull();
    cleanup();
    renderTranslated(<NearbyMeetings meetings={[]} isJoined={() => false} organisations={[]} onJoin={() => Promise.reject(new Error("no"))} onRefresh={() => undefined} />);
    expect(screen.getByText(/No meeting is announced.*Ask the organiser/)).toBeTruthy();
  });

  it("[E8.3] a bad join address is refused on the field; a page that cannot reach the meeting links to its own page", async () => {
    const user = userEvent.setup();
    const onJoin = vi.fn((address: MeetingAddress): Promise<JoinOutcome> => Promise.resolve({ type: "open-instead", joinUrl: address.joinUrl, problem: "insecure-from-secure-page" }));
    renderTranslated(<JoinMeetingForm organisations={undefined} onJoin={onJoin} submitLabel="Join meeting" />);
    const field = screen.getByLabelText("Join address");
    await user.type(field, TOKEN);
    await user.click(screen.getByRole("button", { name: "Join meeting" }));
    expect(problemOf(field)).toContain("whole join address");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(onJoin).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, MEETING.joinUrl);
    await user.click(screen.getByRole("button", { name: "Join meeting" }));
    const link = await screen.findByRole<HTMLAnchorElement>("link", { name: MEETING.joinUrl });
    expect(link.href).toBe(MEETING.joinUrl);
    expect(screen.getByText(/use wss:\/\/ instead of ws:\/\//)).toBeDefined();
  });
});
