import { describe, expect, it } from "vitest";
import { isObjectOf, isString } from "./guard.js";
import { bindHandlers, handler } from "./handler.js";
import { exposeHandlers } from "./expose-handlers.js";
import { createWorkerClient, WORKER_READY, type WorkerPort } from "./worker-client.js";

/** A small handler map, as a feature declares one. */
const greetings = {
  greet: handler(isObjectOf({ name: isString }), ({ name }, context: { readonly greeting: string }) => Promise.resolve(`${context.greeting}, ${name}`)),
  shout: handler(isString, (text, _context: { readonly greeting: string }) => Promise.resolve(text.toUpperCase())),
};
type Greetings = ReturnType<typeof bindHandlers<{ readonly greeting: string }, typeof greetings>>;

/** A worker over a MessageChannel: the far port serves `greetings` (unless `silent`); `fail()` fires the error a broken script gives. */
function channelWorker(options: { readonly silent?: boolean } = {}) {
  const { port1, port2 } = new MessageChannel();
  const errors: ((event: Event) => void)[] = [];
  let terminated = false;
  const port = port1 as unknown as WorkerPort & { fail(): void; readonly terminated: boolean };
  const add = port1.addEventListener.bind(port1) as (type: string, listener: (event: never) => void) => void;
  Object.assign(port, {
    addEventListener(type: string, listener: (event: never) => void) {
      if (type === "error") errors.push(listener as (event: Event) => void);
      else add(type, listener);
    },
    terminate() {
      terminated = true;
      port1.close();
    },
    fail() {
      for (const listener of errors) listener(new Event("error", { cancelable: true }));
    },
  });
  Object.defineProperty(port, "terminated", { get: () => terminated });
  if (options.silent !== true) exposeHandlers(bindHandlers(greetings, Promise.resolve({ greeting: "hello" })), port2);
  port1.start();
  return { port, far: port2 };
}

const inline = () => bindHandlers(greetings, Promise.resolve({ greeting: "hello (in the page)" }));

describe("the worker's handler map", () => {
  it("[issue 10] one typed object of named handlers over comlink: each call reaches its handler in the worker and its answer comes back", async () => {
    const { port } = channelWorker();
    const client = createWorkerClient<Greetings>({ names: Object.keys(greetings), worker: port, inline, onWarning: () => undefined });
    expect(await client.handlers.greet({ name: "alice" })).toBe("hello, alice");
    expect(await client.handlers.shout("vote")).toBe("VOTE");
    expect(client.runsIn).toBe("worker");
    client.close();
  });

  it("[issue 10] guarded at the edge: a malformed input is refused whole, with the handler's name, and the handler never runs", async () => {
    const { port } = channelWorker();
    const client = createWorkerClient<Greetings>({ names: Object.keys(greetings), worker: port, inline, onWarning: () => undefined });
    await expect(client.handlers.greet({ name: 42 } as never)).rejects.toThrow("greet: the worker refused a malformed input");
    await expect(client.handlers.shout(undefined as never)).rejects.toThrow(/^shout: /);
    client.close();
  });

  it("a worker that never starts listening hands every call to the same handlers in the page", async () => {
    const { port } = channelWorker({ silent: true });
    const warnings: string[] = [];
    const client = createWorkerClient<Greetings>({ names: Object.keys(greetings), worker: port, inline, onWarning: (w) => warnings.push(w) });
    const pending = client.handlers.greet({ name: "bob" });
    port.fail();
    expect(await pending).toBe("hello (in the page), bob");
    expect(await client.handlers.shout("later")).toBe("LATER");
    expect(client.runsIn).toBe("page");
    expect(port.terminated).toBe(true);
    expect(warnings).toEqual(["verification runs in the page: the worker failed to start"]);
  });

  it("a call the worker had taken when it failed rejects as WorkerLost, and the layer is told its copies are gone", async () => {
    const { port, far } = channelWorker({ silent: true });
    far.postMessage(WORKER_READY); // listening, but never answering
    const client = createWorkerClient<Greetings>({ names: Object.keys(greetings), worker: port, inline, onWarning: () => undefined });
    let lost = 0;
    client.onLost(() => lost++);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const taken = client.handlers.greet({ name: "carol" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    port.fail();
    await expect(taken).rejects.toMatchObject({ name: "WorkerLost" });
    expect(lost).toBe(1);
    expect(await client.handlers.greet({ name: "carol" })).toBe("hello (in the page), carol");
  });

});
