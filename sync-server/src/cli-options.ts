import { parseArgs } from "node:util";
import { defaultDataDir } from "./default-data-dir.js";
import { DEFAULT_LIMITS, type RelayLimits } from "./limits.js";

/** What the operator asked for on the command line. */
export interface CliOptions {
  readonly help: boolean;
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly peers: readonly string[];
  readonly web: string | undefined;
  readonly token: string | undefined;
  readonly mirrorToken: string | undefined;
  readonly limits: Partial<RelayLimits>;
}

export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
}

/** `maxDocumentOps` → `max-document-ops`. */
const flagOf = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const LIMIT_FLAGS: readonly (keyof RelayLimits)[] = Object.keys(DEFAULT_LIMITS) as (keyof RelayLimits)[];

export const USAGE = `Usage: chapterhouse-relay [options]
       chapterhouse-relay export|import …   (sync by file with the store: see export --help)

Runs a Chapterhouse relay: stores and forwards automerge-repo sync traffic over WebSocket.

Options:
  --port N            TCP port (default 3030; 0 picks a free one)
  --host ADDR         address to listen on (default 127.0.0.1; 0.0.0.0 for the LAN)
  --data DIR          where documents are stored (default: your data folder/chapterhouse/relay)
  --token T           clients must connect with ?token=T (or set CHAPTERHOUSE_RELAY_TOKEN)
  --peer URL          mirror another relay (repeatable), e.g. ws://relay.example:3030/?token=M
  --mirror-token M    relays connecting with ?token=M are mirrors (or CHAPTERHOUSE_RELAY_MIRROR_TOKEN)
  --web DIR           serve this folder as static files at /
  --help              show this text

Limits (integers; see sync-server/README.md):
${LIMIT_FLAGS.map((name) => `  --${flagOf(name)} N`.padEnd(34) + `(default ${DEFAULT_LIMITS[name]})`).join("\n")}
`;

/**
 * Reads the command line (arguments after the script name). Pure: environment, platform and
 * home folder are passed in. Throws `CliUsageError` for an unknown flag, a missing value or a
 * value that is not a non-negative integer where one is expected.
 */
export function parseCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string,
): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: "boolean", short: "h", default: false },
        port: { type: "string" },
        host: { type: "string" },
        data: { type: "string" },
        peer: { type: "string", multiple: true },
        web: { type: "string" },
        token: { type: "string" },
        "mirror-token": { type: "string" },
        ...Object.fromEntries(LIMIT_FLAGS.map((name) => [flagOf(name), { type: "string" as const }])),
      },
    });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const text = (name: string): string | undefined => {
    const value = values[name];
    if (value === "") throw new CliUsageError(`--${name} needs a value`);
    return typeof value === "string" ? value : undefined;
  };
  const integer = (name: string): number | undefined => {
    const value = text(name);
    if (value === undefined) return undefined;
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      throw new CliUsageError(`--${name} must be a non-negative integer, got ${value}`);
    }
    return Number(value);
  };
  const limits: Partial<Record<keyof RelayLimits, number>> = {};
  for (const name of LIMIT_FLAGS) {
    const value = integer(flagOf(name));
    if (value !== undefined) limits[name] = value;
  }
  const port = integer("port") ?? 3030;
  if (port > 65535) throw new CliUsageError("--port must be at most 65535");
  return {
    help: values.help === true,
    port,
    host: text("host") ?? "127.0.0.1",
    dataDir: text("data") ?? defaultDataDir(platform, env, home),
    peers: (values.peer as string[] | undefined) ?? [],
    web: text("web"),
    token: text("token") ?? (env.CHAPTERHOUSE_RELAY_TOKEN || undefined),
    mirrorToken: text("mirror-token") ?? (env.CHAPTERHOUSE_RELAY_MIRROR_TOKEN || undefined),
    limits,
  };
}
