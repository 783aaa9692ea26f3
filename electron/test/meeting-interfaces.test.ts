import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { meetingInterfaces } from "../src/meeting-interfaces.js";

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  family: "IPv4",
  internal,
  netmask: "255.255.255.0",
  mac: "02:00:00:00:00:01",
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  family: "IPv6",
  internal: false,
  netmask: "ffff:ffff:ffff:ffff::",
  mac: "02:00:00:00:00:01",
  cidr: `${address}/64`,
  scopeid: 0,
});

const LAPTOP = {
  lo: [v4("127.0.0.1", true), { ...v6("::1"), internal: true }],
  wlp2s0: [v4("192.168.1.20"), v6("fe80::1")],
  enp0s31f6: [v4("10.0.0.7")],
  docker0: [v4("172.17.0.1")],
  tailscale0: [v4("100.101.102.103")],
  usb0: [v4("169.254.3.4")],
  eth9: [v4("81.2.69.160")],
  vboxnet0: [v4("192.168.56.1")],
  dup: [v4("10.0.0.7")],
  gone: undefined,
};

describe("choosing the meeting's network interface", () => {
  it("[E8.1] private LAN addresses come first, then others, then virtual ones; link-local and IPv6 are left out", () => {
    expect(meetingInterfaces(LAPTOP)).toEqual([
      { name: "enp0s31f6", address: "10.0.0.7", kind: "lan" },
      { name: "wlp2s0", address: "192.168.1.20", kind: "lan" },
      { name: "eth9", address: "81.2.69.160", kind: "other" },
      { name: "docker0", address: "172.17.0.1", kind: "virtual" },
      { name: "tailscale0", address: "100.101.102.103", kind: "virtual" },
      { name: "vboxnet0", address: "192.168.56.1", kind: "virtual" },
    ]);
  });

  it("[E8.1] loopback is offered only when asked for (tests, a single machine)", () => {
    expect(meetingInterfaces({ lo: [v4("127.0.0.1", true)] })).toEqual([]);
    expect(meetingInterfaces({ lo: [v4("127.0.0.1", true)] }, { includeLoopback: true })).toEqual([
      { name: "lo", address: "127.0.0.1", kind: "loopback" },
    ]);
  });

  it("[E8.1] the 172.16/12 private range ends at 172.31", () => {
    const kinds = meetingInterfaces({
      a: [v4("172.16.0.1")],
      b: [v4("172.31.255.1")],
      c: [v4("172.32.0.1")],
      d: [v4("172.15.0.1")],
    }).map((i) => [i.address, i.kind]);
    expect(kinds).toEqual([
      ["172.16.0.1", "lan"],
      ["172.31.255.1", "lan"],
      ["172.32.0.1", "other"],
      ["172.15.0.1", "other"],
    ]);
  });

  it("[E8.1] malformed entries (numeric family of old Node, bad addresses) are handled", () => {
    const old = { ...v4("192.168.0.9"), family: 4 } as unknown as NetworkInterfaceInfo;
    expect(meetingInterfaces({ eth0: [old, v4("not-an-ip"), v4("0.0.0.0"), v4("239.1.1.1")] })).toEqual([
      { name: "eth0", address: "192.168.0.9", kind: "lan" },
    ]);
  });
});
