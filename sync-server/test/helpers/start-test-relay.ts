import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { RelayLimits } from "../../src/limits.js";
import { startRelay, type RelayHandle, type RelayOptions } from "../../src/relay.js";
import { collectingLogger, type CollectingLogger } from "./collecting-logger.js";
import { tempDir } from "./temp-dir.js";

export interface TestRelay {
  readonly relay: RelayHandle;
  readonly log: CollectingLogger;
  /** The temporary folder holding the data folder (`<root>/data`) and nothing else. */
  readonly root: string;
  /** The WebSocket URL with the token. */
  readonly clientUrl: string;
  /** Closes the relay and removes the temporary folder. */
  stop(): Promise<void>;
}

/** Limits small enough for tests to reach quickly. */
export const TEST_LIMITS: Partial<RelayLimits> = {
  maxMessageBytes: 512 * 1024,
  maxDocumentBytes: 256 * 1024,
  maxDocumentOps: 20_000,
  byteBurst: 1024 * 1024,
  maxSendBufferBytes: 1024 * 1024,
};

export const TEST_TOKEN = "meeting-token-123";

/** A relay on a free loopback port with a fresh data folder and a collecting logger. */
export async function startTestRelay(options: Partial<RelayOptions> & { root?: string } = {}): Promise<TestRelay> {
  const dir = options.root === undefined ? await tempDir("relay") : { path: options.root, remove: () => Promise.resolve() };
  const dataDir = join(dir.path, "data");
  await mkdir(dataDir, { recursive: true });
  const log = collectingLogger();
  const relay = await startRelay({
    port: 0,
    token: TEST_TOKEN,
    logger: log.logger,
    ...options,
    limits: { ...TEST_LIMITS, ...options.limits },
    dataDir,
  });
  return {
    relay,
    log,
    root: dir.path,
    clientUrl: `${relay.url}?token=${TEST_TOKEN}`,
    stop: async () => {
      await relay.close();
      await dir.remove();
    },
  };
}
