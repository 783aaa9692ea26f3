import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A private network namespace with only its loopback, up and multicast-capable. */
export interface NetworkNamespace {
  readonly name: string;
  /** The command line that runs `argv` inside the namespace. */
  command(argv: readonly string[]): [string, string[]];
  remove(): Promise<void>;
}

/**
 * Creates a network namespace (`ip netns add`), brings its loopback up, enables multicast on
 * it and routes 224.0.0.0/4 to it, so mDNS stays inside and never reaches the machine's
 * real interfaces.
 * @throws {Error} saying why, if the namespace cannot be made (not Linux, no iproute2, not
 *   root / no CAP_SYS_ADMIN, a container that forbids it): the caller's test then fails.
 */
export async function createNetworkNamespace(): Promise<NetworkNamespace> {
  if (process.platform !== "linux")
    throw new Error(`network namespaces need Linux; this is ${process.platform}`);
  const name = `chapterhouse-mdns-${process.pid}-${randomBytes(3).toString("hex")}`;
  const ip = async (...args: string[]) => {
    try {
      await run("ip", args);
    } catch (error) {
      const detail =
        (error as { code?: unknown; stderr?: unknown }).code === "ENOENT"
          ? "the `ip` command is missing (Debian: apt-get install iproute2)"
          : String((error as { stderr?: unknown }).stderr ?? error).trim();
      throw new Error(
        `cannot set up network namespace ${name} (ip ${args.join(" ")}): ${detail}; this test needs root or CAP_SYS_ADMIN`,
      );
    }
  };
  await ip("netns", "add", name);
  const remove = () => run("ip", ["netns", "delete", name]).then(() => undefined);
  try {
    await ip("-n", name, "link", "set", "lo", "up");
    await ip("-n", name, "link", "set", "lo", "multicast", "on");
    await ip("-n", name, "route", "add", "224.0.0.0/4", "dev", "lo");
  } catch (error) {
    await remove().catch(() => undefined);
    throw error;
  }
  return { name, command: (argv) => ["ip", ["netns", "exec", name, ...argv]], remove };
}
