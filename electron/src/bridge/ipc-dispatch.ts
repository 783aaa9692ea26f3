/**
 * The main process's side of every IPC channel: checks who is calling, checks the message
 * with its guard, runs the handler and wraps the outcome in a DesktopReply. Plain code,
 * tested under Node; main.ts only connects it to `ipcMain.handle`.
 */
import { parseAppUrl } from "../app-origin.js";
import type {
  DesktopChannel,
  DesktopReply,
  DesktopRequestType,
  DesktopResponses,
  MenuChannel,
  RequestOf,
} from "@chapterhouse/crdt/desktop";
import { DesktopFault } from "./desktop-fault.js";
import { DESKTOP_REQUEST_TYPES, parseDesktopRequest } from "./ipc-guards.js";

/** One handler per request type, each given its checked request. */
export type DesktopHandlers = {
  readonly [T in DesktopRequestType]: (request: RequestOf<T>) => Promise<DesktopResponses[T]>;
};

/** Where refused calls and internal failures are reported (never with arguments). */
export interface DispatchLog {
  warn(message: string): void;
  error(message: string, error: unknown): void;
}

/**
 * Answers one call on the channel of `type`. Refuses, with a DesktopReply error and without
 * running the handler: a sender frame not on the app's origin ("untrusted-sender"), other
 * than exactly one argument, or an argument its guard refuses ("invalid-argument"). A
 * DesktopFault from the handler becomes its code and message; anything else is logged and
 * answered "internal" with a generic message, so no internal detail reaches the page.
 * Never rejects.
 */
export async function dispatchDesktopRequest<T extends DesktopRequestType>(
  handlers: DesktopHandlers,
  type: T,
  senderUrl: string | undefined,
  args: readonly unknown[],
  log: DispatchLog,
): Promise<DesktopReply<DesktopResponses[T]>> {
  try {
    if (parseAppUrl(senderUrl) === undefined)
      throw new DesktopFault("untrusted-sender", "only the app's own page may call the desktop");
    if (args.length !== 1)
      throw new DesktopFault(
        "invalid-argument",
        `a ${type} call takes exactly one message, got ${args.length}`,
      );
    const request = parseDesktopRequest(type, args[0]);
    const handler = handlers[type] as (request: RequestOf<T>) => Promise<DesktopResponses[T]>;
    return { type: "ok", value: await handler(request) };
  } catch (error) {
    if (error instanceof DesktopFault) {
      log.warn(`${type} refused: ${error.code}: ${error.message}`);
      return { type: "error", code: error.code, message: error.message };
    }
    log.error(`${type} failed`, error);
    return {
      type: "error",
      code: "internal",
      message: `the desktop could not complete ${type}; see its log`,
    };
  }
}

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (
      event: { readonly senderFrame?: { readonly url: string } | null },
      ...args: unknown[]
    ) => Promise<unknown>,
  ): void;
}

/** The channel of a request type (the preload computes the same, checked by DesktopChannel). */
export function channelOf<T extends DesktopRequestType>(type: T): DesktopChannel<T> {
  return `chapterhouse:${type}`;
}

/** The channel of menu commands. */
export const MENU_CHANNEL: MenuChannel = "chapterhouse:menu-command";

/**
 * Registers one `ipcMain.handle` per request type, each on its own fixed channel, each
 * answered by dispatchDesktopRequest with the calling frame's URL (a destroyed frame counts
 * as untrusted).
 */
export function registerDesktopHandlers(
  ipcMain: IpcMainLike,
  handlers: DesktopHandlers,
  log: DispatchLog,
): void {
  for (const type of DESKTOP_REQUEST_TYPES) {
    ipcMain.handle(channelOf(type), (event, ...args) =>
      dispatchDesktopRequest(handlers, type, event.senderFrame?.url ?? undefined, args, log),
    );
  }
}
