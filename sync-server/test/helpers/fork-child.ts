import { fork, type ChildProcess } from "node:child_process";

/** A child node process spoken to over IPC: `ask` sends a message and resolves with the next reply of a type. */
export interface ForkedChild {
  readonly child: ChildProcess;
  /** Resolves with the next message of `type` (past ones are not kept). */
  next<T extends { type: string }>(type: string): Promise<T>;
  /** Sends `message` and resolves with the next reply of `type`. */
  ask<T extends { type: string }>(message: unknown, type: string): Promise<T>;
}

/** Forks `script` with `args` and node flags `execArgv`; its stderr goes to this process's. */
export function forkChild(script: string, args: readonly string[], execArgv: readonly string[] = []): ForkedChild {
  const child = fork(script, [...args], { execArgv: [...execArgv], stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const waiting: { type: string; resolve: (message: never) => void }[] = [];
  child.on("message", (message: { type: string }) => {
    const index = waiting.findIndex((w) => w.type === message.type);
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(message as never);
  });
  const next = <T>(type: string) => new Promise<T>((resolve) => waiting.push({ type, resolve }));
  return {
    child,
    next,
    ask: <T>(message: unknown, type: string) => {
      const reply = next<T>(type);
      child.send(message as never);
      return reply;
    },
  };
}
