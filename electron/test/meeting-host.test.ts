import { describe, expect, it } from "vitest";
import type { HostedMeeting, MeetingInterface } from "@chapterhouse/crdt/desktop";
import { DesktopFault } from "../src/bridge/desktop-fault.js";
import {
  MEETING_TOKEN_BYTES,
  createMeetingHost,
  meetingToken,
  meetingUrls,
  type Announcement,
} from "../src/meeting-host.js";
import { fakeStartRelay } from "./helpers/fake-relay.js";

const LAN: MeetingInterface = { name: "wlan0", address: "192.168.1.20", kind: "lan" };
const counter = () => {
  let next = 0;
  return (length: number) => Uint8Array.from({ length }, () => next++ & 0xff);
};

describe("meeting tokens and addresses", () => {
  it("[E8.2] a token is 128 bits of the given random source in base64url", () => {
    expect(meetingToken(counter())).toBe("AAECAwQFBgcICQoLDA0ODw");
    expect(meetingToken((n) => new Uint8Array(n).fill(0xff))).toBe("_____________________w");
    expect(() => meetingToken(() => new Uint8Array(MEETING_TOKEN_BYTES - 1))).toThrow(TypeError);
  });

  it("[E8.3] the join address carries the token in its fragment, the relay address in its query", () => {
    expect(meetingUrls("192.168.1.20", 3030, "AAECAwQFBgcICQoLDA0ODw")).toEqual({
      joinUrl: "http://192.168.1.20:3030/#/join?token=AAECAwQFBgcICQoLDA0ODw",
      relayUrl: "ws://192.168.1.20:3030/?token=AAECAwQFBgcICQoLDA0ODw",
    });
    const join = new URL(meetingUrls("10.0.0.7", 41234, "_____________________w").joinUrl);
    expect(join.search).toBe("");
    expect(join.pathname).toBe("/");
  });

  it("[E8.3] malformed parts are refused", () => {
    expect(() => meetingUrls("evil.example/x?", 3030, "AAECAwQFBgcICQoLDA0ODw")).toThrow(TypeError);
    expect(() => meetingUrls("10.0.0.7", 0, "AAECAwQFBgcICQoLDA0ODw")).toThrow(TypeError);
    expect(() => meetingUrls("10.0.0.7", 3030, "a&b=c#")).toThrow(TypeError);
  });
});

describe("hosting a meeting", () => {
  const host = (overrides: Partial<Parameters<typeof createMeetingHost>[0]> = {}) => {
    const relay = fakeStartRelay();
    const announced: HostedMeeting[] = [];
    const withdrawn: string[] = [];
    const meetings = createMeetingHost({
      startRelay: relay.startRelay,
      randomBytes: counter(),
      interfaces: () => [LAN],
      dataDir: "/data/meeting-relay",
      webRoot: "/app/renderer",
      announce: (meeting): Promise<Announcement> => {
        announced.push(meeting);
        return Promise.resolve({ stop: () => (withdrawn.push(meeting.name), Promise.resolve()) });
      },
      ...overrides,
    });
    return { meetings, relay, announced, withdrawn };
  };

  it("[E8.4] hosting starts the relay on the chosen interface with a fresh token and the web app, and announces it", async () => {
    const { meetings, relay, announced } = host();
    const result = await meetings.host({ name: "Assembly", address: LAN.address });
    expect(relay.started).toEqual([
      {
        host: "192.168.1.20",
        port: 0,
        dataDir: "/data/meeting-relay",
        token: "AAECAwQFBgcICQoLDA0ODw",
        web: "/app/renderer",
      },
    ]);
    const meeting: HostedMeeting = {
      name: "Assembly",
      address: "192.168.1.20",
      port: 40001,
      token: "AAECAwQFBgcICQoLDA0ODw",
      joinUrl: "http://192.168.1.20:40001/#/join?token=AAECAwQFBgcICQoLDA0ODw",
      relayUrl: "ws://192.168.1.20:40001/?token=AAECAwQFBgcICQoLDA0ODw",
    };
    expect(result).toEqual({ type: "hosting", meeting });
    expect(meetings.status()).toEqual({ type: "hosting", meeting });
    expect(announced).toEqual([meeting]);
  });

  it("[E8.4] one meeting at a time: hosting again reports the running one", async () => {
    const { meetings, relay } = host();
    const [first, second] = await Promise.all([
      meetings.host({ name: "A", address: LAN.address }),
      meetings.host({ name: "B", address: LAN.address }),
    ]);
    expect(first.type).toBe("hosting");
    expect(second).toEqual({ type: "already-hosting", meeting: first.meeting });
    expect(relay.started).toHaveLength(1);
  });

  it("[E8.4] an address that is not one of this computer's interfaces is refused without starting anything", async () => {
    const { meetings, relay } = host();
    await expect(meetings.host({ name: "A", address: "192.168.1.99" })).rejects.toMatchObject({
      code: "invalid-argument",
    });
    expect(relay.started).toEqual([]);
  });

  it("[E8.4] a relay that cannot start is reported, and nothing is hosted", async () => {
    const { meetings } = host({
      startRelay: fakeStartRelay({ fail: new Error("listen EADDRINUSE 192.168.1.20:3030") }).startRelay,
    });
    const error: unknown = await meetings
      .host({ name: "A", address: LAN.address, port: 3030 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DesktopFault);
    expect(error).toMatchObject({
      code: "meeting-failed",
      message: expect.stringContaining("EADDRINUSE") as unknown,
    });
    expect(meetings.status()).toEqual({ type: "idle" });
  });

  it("[E8.4] a failed announcement is logged and the meeting goes on (the QR code still works)", async () => {
    const warnings: string[] = [];
    const { meetings } = host({
      announce: () => Promise.reject(new Error("multicast unavailable")),
      log: { warn: (m) => warnings.push(m) },
    });
    expect((await meetings.host({ name: "A", address: LAN.address })).type).toBe("hosting");
    expect(warnings).toEqual(["the meeting is not announced on the network: multicast unavailable"]);
  });

  it("[E8.5] stopping withdraws the announcement, closes the relay and forgets the meeting; a new meeting gets a new token", async () => {
    const { meetings, relay, withdrawn } = host();
    const first = await meetings.host({ name: "Assembly", address: LAN.address });
    expect(await meetings.stop()).toEqual({ type: "stopped" });
    expect(withdrawn).toEqual(["Assembly"]);
    expect(relay.closed).toEqual([40001]);
    expect(meetings.status()).toEqual({ type: "idle" });
    expect(await meetings.stop()).toEqual({ type: "not-hosting" });
    const second = await meetings.host({ name: "Assembly", address: LAN.address });
    expect(second.meeting.token).not.toBe(first.meeting.token);
  });
});
