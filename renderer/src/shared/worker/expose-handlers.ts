import { expose, type Endpoint } from "comlink";
import { WORKER_READY } from "./worker-client.js";

/**
 * Serves bound handlers to the page over comlink from inside the worker, then says it listens
 * (`WORKER_READY`): the page sends nothing before. Never throws.
 */
export function exposeHandlers(handlers: object, scope: Endpoint): void {
  expose(handlers, scope);
  scope.postMessage(WORKER_READY);
}
