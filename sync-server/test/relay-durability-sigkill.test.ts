import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as Automerge from "@automerge/automerge";
import type { ChildProcess } from "node:child_process";
import { describe, expect, it } from "vitest";
import { connectPeer } from "./helpers/connect-peer.js";
import { exited, spawnNodeWithLines } from "./helpers/spawn-lines.js";
import { tempDir } from "./helpers/temp-dir.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const RUNS = 4;
const RECORD = "x".repeat(32 * 1024);

interface Records {
  records: Record<string, Automerge.ImmutableString>;
}

/** The relay CLI on `dataDir` and a free port; resolves once it listens. */
async function startRelayProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  let announce: (url: string) => void = () => undefined;
  const listening = new Promise<string>((resolve) => (announce = resolve));
  const child = spawnNodeWithLines(cli, ["--port", "0", "--data", dataDir], (line) => {
    const match = /listening on (ws:\/\/\S+)/.exec(line);
    if (match) announce(match[1]!);
  });
  return { child, url: await listening };
}

describe("SIGKILL of a relay under a steady stream of changes", () => {
  it(`[W5.6] in ${RUNS} runs, every record a watcher had received through the relay, and every one the relay acknowledged to the writer, is there after kill -9 and a restart`, async () => {
    expect(existsSync(cli), "build sync-server first: npx tsc -b sync-server").toBe(true);
    for (let run = 0; run < RUNS; run++) {
      const dir = await tempDir("durable");
      try {
        const first = await startRelayProcess(dir.path);
        const writer = await connectPeer(`writer-${run}`, first.url);
        const watcher = await connectPeer(`watcher-${run}`, first.url);
        const written = writer.repo.create<Records>({ records: {} });
        const watched = await watcher.repo.find<Records>(written.url, { allowableStates: ["ready", "unavailable"] });
        await watched.whenReady();

        // The writer adds a 32 KiB record every 10 ms; the relay is killed once the watcher
        // holds a number of them that differs from run to run.
        const killAfter = 15 + run * 10;
        let writing = true;
        const writes = (async () => {
          for (let n = 0; writing; n++) {
            written.change((doc) => (doc.records[`r${n}`] = new Automerge.ImmutableString(`${run}.${n} ${RECORD}`)));
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        })();
        // What the relay last told the writer it holds: its heads, as the writer's sync with it
        // recorded them (under the relay's storage id).
        const relayStorageId = Object.values(writer.repo.peerMetadataByPeerId).find((m) => m.storageId !== undefined)!.storageId!;
        const acknowledged = () => {
          const heads = written.getSyncInfo(relayStorageId)?.lastHeads;
          return heads === undefined ? [] : Object.keys(written.view(heads).doc().records);
        };
        const [held, acked] = await new Promise<[string[], string[]]>((resolve) => {
          const check = () => {
            const keys = Object.keys(watched.doc().records);
            if (keys.length < killAfter) return;
            watched.off("change", check);
            const ackedNow = acknowledged();
            first.child.kill("SIGKILL");
            resolve([keys, ackedNow]);
          };
          watched.on("change", check);
        });
        expect(acked.length).toBeGreaterThan(0);
        expect((await exited(first.child)).signal).toBe("SIGKILL");
        writing = false;
        await writes;
        await writer.close();
        await watcher.close();

        const second = await startRelayProcess(dir.path);
        try {
          const counter = await connectPeer(`counter-${run}`, second.url);
          const counted = Object.keys((await counter.repo.find<Records>(written.url)).doc().records);
          const lost = held.filter((key) => !counted.includes(key));
          expect(lost, `run ${run}: of ${held.length} records the watcher held, lost`).toEqual([]);
          const unacked = acked.filter((key) => !counted.includes(key));
          expect(unacked, `run ${run}: of ${acked.length} records acknowledged to the writer, lost`).toEqual([]);
          await counter.close();
        } finally {
          second.child.kill("SIGTERM");
          await exited(second.child);
        }
      } finally {
        await dir.remove();
      }
    }
  }, 120_000);
});
