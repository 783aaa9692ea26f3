#!/usr/bin/env node
import { mkdir } from "node:fs/promises";
import { homedir } from "node:os";
import { resolve } from "node:path";
import { CliUsageError, parseCliOptions, USAGE } from "./cli-options.js";
import { redactToken } from "./redact-token.js";
import { startRelay } from "./relay.js";
import { runStoreCommand, STORE_COMMANDS } from "./store-commands.js";

/** Seconds a shutdown may take before the process gives up on flushing. */
const SHUTDOWN_GRACE_MS = 15_000;

/**
 * The operator CLI, `chapterhouse-relay` (PROTOCOL.md W6, sync-server/README.md): prints where
 * it listens and stores, logs JSON lines to standard error, and on SIGINT or SIGTERM writes
 * every loaded document to disk and exits 0.
 */
async function main(): Promise<number> {
  // `chapterhouse-relay export|import …` work on a store without running a relay (W8).
  if ((STORE_COMMANDS as readonly string[]).includes(process.argv[2] ?? "")) {
    const outcome = await runStoreCommand(process.argv.slice(2), process.env, process.platform, homedir());
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    return outcome.code;
  }
  let options;
  try {
    options = parseCliOptions(process.argv.slice(2), process.env, process.platform, homedir());
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`chapterhouse-relay: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  // automerge-repo starts its throttled saves without awaiting them: a storage failure there
  // (already logged as storage-error) must not take the relay down.
  process.on("unhandledRejection", (reason) => {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: "error", event: "unhandled-rejection", error: String(reason) })}\n`);
  });
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const relay = await startRelay({
    port: options.port,
    host: options.host,
    dataDir,
    peers: options.peers,
    limits: options.limits,
    ...(options.token !== undefined && { token: options.token }),
    ...(options.mirrorToken !== undefined && { mirrorToken: options.mirrorToken }),
    ...(options.web !== undefined && { web: resolve(options.web) }),
  });
  process.stdout.write(
    `chapterhouse-relay listening on ${relay.url}${options.token === undefined ? " (no token: anyone may connect)" : " (token required: ?token=…)"}\n` +
      `storing documents in ${dataDir}\n` +
      (options.web === undefined ? "" : `serving ${resolve(options.web)} at http://${options.host}:${relay.port}/\n`) +
      options.peers.map((peer) => `mirroring ${redactToken(peer)}\n`).join(""),
  );
  return new Promise<number>((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.stdout.write(`${signal}: writing documents to disk and closing\n`);
      const timer = setTimeout(() => done(1), SHUTDOWN_GRACE_MS);
      relay.close().then(
        () => {
          clearTimeout(timer);
          done(0);
        },
        (error: unknown) => {
          process.stderr.write(`chapterhouse-relay: ${String(error)}\n`);
          done(1);
        },
      );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`chapterhouse-relay: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
