import { describe, expect, it } from "vitest";
import { MEETING_SERVICE_TYPE, meetingFromService, meetingServiceConfig } from "../src/mdns.js";

describe("what a meeting announces", () => {
  it("[E9.1] the service is _chapterhouse._tcp with the meeting's name and port, and TXT holds exactly v and path", () => {
    const config = meetingServiceConfig({ name: "Assembly", port: 41234 });
    expect(config).toEqual({
      name: "Assembly",
      type: MEETING_SERVICE_TYPE,
      protocol: "tcp",
      port: 41234,
      txt: { v: "1", path: "/" },
    });
    expect(MEETING_SERVICE_TYPE).toBe("chapterhouse");
  });

  it("[E9.2] the token is never announced, even when a hosted meeting (with its token) is passed", () => {
    const hosted = {
      name: "Assembly",
      port: 41234,
      token: "AAECAwQFBgcICQoLDA0ODw",
      joinUrl: "http://10.0.0.7:41234/#/join?token=AAECAwQFBgcICQoLDA0ODw",
    };
    expect(JSON.stringify(meetingServiceConfig(hosted))).not.toContain("AAECAwQFBgcICQoLDA0ODw");
  });
});

describe("reading a discovered meeting", () => {
  const heard = {
    name: "Assembly",
    host: "laptop.local",
    port: 41234,
    addresses: ["10.0.0.7", "fe80::1", "192.168.1.20"],
    referer: { address: "192.168.1.20" },
    txt: { v: "1", path: "/" },
  };

  it("[E9.3] a well-formed service becomes a meeting; the answering address comes first, IPv4 only, once", () => {
    expect(meetingFromService(heard)).toEqual({
      name: "Assembly",
      host: "laptop.local",
      port: 41234,
      addresses: ["192.168.1.20", "10.0.0.7"],
      path: "/",
    });
  });

  it.each([
    ["another TXT version", { ...heard, txt: { v: "2", path: "/" } }],
    ["no TXT", { ...heard, txt: undefined }],
    ["a port out of range", { ...heard, port: 70000 }],
    ["a port that is not a number", { ...heard, port: "41234" }],
    ["an empty name", { ...heard, name: "" }],
    ["a name with a control character", { ...heard, name: "A\u001b[2J" }],
    ["a name longer than a DNS label", { ...heard, name: "é".repeat(40) }],
    ["a path that is a URL", { ...heard, txt: { v: "1", path: "https://evil.example/" } }],
    ["no IPv4 address", { ...heard, addresses: ["fe80::1"], referer: { address: "fe80::1" } }],
    [
      "malformed addresses",
      { ...heard, addresses: ["010.0.0.7", "1.2.3.4.5", "300.1.1.1"], referer: undefined },
    ],
  ])("[E9.3] a service with %s is ignored", (_why, service) => {
    expect(meetingFromService(service)).toBeUndefined();
  });
});
