/**
 * Which network interfaces a meeting can be hosted on: the organiser picks one, and phones
 * on that network open its address. Pure: main.ts passes `os.networkInterfaces()`.
 */
import type { NetworkInterfaceInfo } from "node:os";
import { isIPv4 } from "node:net";
import type { MeetingInterface } from "@chapterhouse/crdt/desktop";

/** Names of interfaces that belong to containers, VMs or VPNs rather than the room's network. */
const VIRTUAL_NAME =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|lxc|lxd|podman|cni|flannel|kube|zt|tailscale|utun|wg|tun|tap)/i;
const ORDER: readonly MeetingInterface["kind"][] = ["lan", "other", "virtual", "loopback"];

/**
 * The IPv4 addresses a meeting can listen on, best first: private LAN addresses
 * (192.168/16, 10/8, 172.16/12), then other addresses, then interfaces that look virtual by
 * name, then loopback (only with `includeLoopback`, for tests and a single machine).
 * IPv6 (phones type and scan IPv4 more reliably), link-local 169.254/16 and unspecified
 * addresses are left out; an address listed twice appears once. Pure; never throws.
 */
export function meetingInterfaces(
  interfaces: Readonly<Record<string, readonly NetworkInterfaceInfo[] | undefined>>,
  options: { readonly includeLoopback?: boolean } = {},
): MeetingInterface[] {
  const found = new Map<string, MeetingInterface>();
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      const family: unknown = info.family;
      if ((family !== "IPv4" && family !== 4) || !isIPv4(info.address)) continue;
      const kind = kindOf(name, info.address, info.internal);
      if (kind === undefined || (kind === "loopback" && options.includeLoopback !== true)) continue;
      if (!found.has(info.address)) found.set(info.address, { name, address: info.address, kind });
    }
  }
  return [...found.values()].sort(
    (a, b) =>
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      compare(a.name, b.name) ||
      compare(octets(a.address), octets(b.address)),
  );
}

function kindOf(name: string, address: string, internal: boolean): MeetingInterface["kind"] | undefined {
  const [a, b] = address.split(".").map(Number) as [number, number, number, number];
  if (internal || a === 127) return "loopback";
  if (a === 0 || (a === 169 && b === 254) || a >= 224) return undefined;
  if (VIRTUAL_NAME.test(name)) return "virtual";
  if (a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31)) return "lan";
  return "other";
}

/** Sortable form of a dotted IPv4 address. */
function octets(address: string): string {
  return address
    .split(".")
    .map((octet) => octet.padStart(3, "0"))
    .join(".");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
