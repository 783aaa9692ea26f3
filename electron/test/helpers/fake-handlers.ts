import type { DesktopRequestType } from "@chapterhouse/crdt/desktop";
import type { DesktopHandlers } from "../../src/bridge/ipc-dispatch.js";

/** Handlers that record each request they get and answer `answer(type)`. */
export function recordingHandlers(
  answer: (type: DesktopRequestType) => unknown = (type) => ({ answered: type }),
): {
  handlers: DesktopHandlers;
  calls: { type: DesktopRequestType; request: unknown }[];
} {
  const calls: { type: DesktopRequestType; request: unknown }[] = [];
  const handlers = Object.fromEntries(
    (
      [
        "vault-status",
        "create-vault",
        "unlock-vault",
        "lock-vault",
        "reveal-phrase",
        "sign-record",
        "set-relays",
        "list-interfaces",
        "host-meeting",
        "meeting-status",
        "stop-meeting",
        "list-meetings",
        "export-bundle",
        "import-bundle",
        "show-notification",
      ] as const
    ).map((type) => [
      type,
      (request: unknown) => {
        calls.push({ type, request });
        return Promise.resolve(answer(type));
      },
    ]),
  ) as unknown as DesktopHandlers;
  return { handlers, calls };
}

/** A log that keeps its lines. */
export function memoryLog(): {
  warn(message: string): void;
  error(message: string, error: unknown): void;
  lines: string[];
} {
  const lines: string[] = [];
  return {
    lines,
    warn: (message) => lines.push(`warn ${message}`),
    error: (message, error) => lines.push(`error ${message} ${String(error)}`),
  };
}
