import { describe, expect, it } from "vitest";
import type { RelayConnectionStatus } from "./relay-connection.js";
import type { RelayUrl } from "./relay-url.js";
import { summariseSync } from "./sync-status.js";

const relay = (
  state: RelayConnectionStatus["state"],
  kind: RelayConnectionStatus["kind"] = "relay",
): RelayConnectionStatus => ({
  url: `wss://${kind}-${state}.example/` as RelayUrl,
  kind,
  state,
});

describe("summariseSync", () => {
  it("is offline with no relay, or none connected", () => {
    expect(summariseSync({ loaded: true, workOffline: false, relays: [] }, 0).mode).toBe("offline");
    const status = summariseSync(
      { loaded: true, workOffline: false, relays: [relay("error"), relay("connecting")] },
      2,
    );
    expect(status).toEqual({
      mode: "offline",
      workOffline: false,
      peersConnected: 0,
      relaysAdded: 2,
      unshared: 2,
    });
  });

  it("is online with a relay connected, and in a meeting when a meeting host is connected", () => {
    expect(
      summariseSync({ loaded: true, workOffline: false, relays: [relay("connected"), relay("error")] }, 0)
        .mode,
    ).toBe("online");
    const meeting = summariseSync(
      { loaded: true, workOffline: false, relays: [relay("connected"), relay("connected", "meeting")] },
      0,
    );
    expect(meeting.mode).toBe("meeting");
    expect(meeting.peersConnected).toBe(2);
  });

  it("is offline while working offline, whatever a connection last reported", () => {
    const status = summariseSync({ loaded: true, workOffline: true, relays: [relay("connected")] }, 1);
    expect(status.mode).toBe("offline");
    expect(status.peersConnected).toBe(0);
  });
});
