import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { jsonLines } from "./helpers/json-lines.js";
import { createNetworkNamespace, type NetworkNamespace } from "./helpers/network-namespace.js";

// The children run the built module (npm test builds first; or `npx tsc -b electron`).
const BUILT_MDNS = fileURLToPath(new URL("../dist/mdns.js", import.meta.url));

/** Child: `announce NAME PORT` announces until it reads a line; `browse` prints what it hears until it reads a line. */
const CHILD = `
import { createSocket } from "node:dgram";
import { createInterface } from "node:readline";
const { announceMeeting, browseMeetings } = await import(process.env.MDNS_MODULE);
const print = (line) => process.stdout.write(JSON.stringify(line) + "\\n");
const [mode, name, port, token] = process.argv.slice(1);
const stdin = createInterface({ input: process.stdin });
const nextLine = () => new Promise((resolve) => stdin.once("line", resolve));
if (mode === "announce") {
  // Given the whole hosted meeting, token included, as main.ts gives it.
  const announcement = await announceMeeting({ name, port: Number(port), token, joinUrl: "http://127.0.0.1:" + port + "/#/join?token=" + token });
  print({ event: "announced" });
  await nextLine();
  await announcement.stop();
  print({ event: "stopped" });
} else {
  // Every mDNS packet on the wire, raw, to check that the token never appears in one.
  let packets = 0;
  let tokenHeard = false;
  const wire = createSocket({ type: "udp4", reuseAddr: true });
  wire.on("message", (bytes) => {
    packets++;
    if (bytes.includes(Buffer.from(token))) tokenHeard = true;
  });
  await new Promise((resolve) => wire.bind(5353, resolve));
  wire.addMembership("224.0.0.251");
  const browser = browseMeetings({ onChange: (meetings) => print({ event: "meetings", meetings }) });
  print({ event: "browsing" });
  await nextLine();
  await browser.stop();
  wire.close();
  print({ event: "wire", packets, tokenHeard });
}
process.exit(0);
`;

const children: ChildProcessWithoutNullStreams[] = [];
let namespace: NetworkNamespace | undefined;
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  await namespace?.remove();
  namespace = undefined;
});

function runInside(ns: NetworkNamespace, args: string[]) {
  const [command, argv] = ns.command(["node", "--input-type=module", "-e", CHILD, ...args]);
  const child = spawn(command, argv, {
    env: { ...process.env, MDNS_MODULE: pathToFileURL(BUILT_MDNS).href },
  });
  children.push(child);
  return { child, lines: jsonLines(child) };
}

describe("meetings on the network (mDNS), inside a private network namespace", () => {
  it("[E9.4] a meeting announced in the namespace is found by a browser there, without its token, and is gone once stopped", async () => {
    expect(existsSync(BUILT_MDNS), `${BUILT_MDNS} is missing: build first (npm run build)`).toBe(true);
    namespace = await createNetworkNamespace();

    const token = "AAECAwQFBgcICQoLDA0ODw";
    const browser = runInside(namespace, ["browse", "", "", token]);
    await browser.lines.next((line) => line["event"] === "browsing");
    const host = runInside(namespace, ["announce", "Riverside assembly", "41234", token]);
    await host.lines.next((line) => line["event"] === "announced");

    const found = await browser.lines.next(
      (line) => line["event"] === "meetings" && (line["meetings"] as unknown[]).length > 0,
    );
    expect(found["meetings"]).toEqual([
      {
        name: "Riverside assembly",
        host: expect.stringMatching(/^\P{Cc}+$/u) as unknown,
        port: 41234,
        addresses: ["127.0.0.1"],
        path: "/",
      },
    ]);

    host.child.stdin.write("stop\n");
    await host.lines.next((line) => line["event"] === "stopped");
    const gone = await browser.lines.next(
      (line) => line["event"] === "meetings" && (line["meetings"] as unknown[]).length === 0,
    );
    expect(gone["meetings"]).toEqual([]);
    browser.child.stdin.write("stop\n");
    const wire = await browser.lines.next((line) => line["event"] === "wire");
    expect(wire["packets"]).toBeGreaterThan(0);
    expect(wire["tokenHeard"]).toBe(false);
    expect(browser.lines.stderr() + host.lines.stderr()).toBe("");
  });
});
