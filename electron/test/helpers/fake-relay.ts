import type { RelayHandle, RelayOptions, StartRelay } from "../../src/meeting-host.js";

/** A startRelay that records its options and its relays' closing, without listening. */
export function fakeStartRelay(options: { fail?: Error; port?: number } = {}): {
  startRelay: StartRelay;
  started: RelayOptions[];
  closed: number[];
} {
  const started: RelayOptions[] = [];
  const closed: number[] = [];
  const startRelay: StartRelay = (relayOptions) => {
    started.push(relayOptions);
    if (options.fail) return Promise.reject(options.fail);
    const port = options.port ?? 40_000 + started.length;
    const handle: RelayHandle = {
      url: `ws://${relayOptions.host}:${port}/`,
      port,
      close: () => {
        closed.push(port);
        return Promise.resolve();
      },
    };
    return Promise.resolve(handle);
  };
  return { startRelay, started, closed };
}
