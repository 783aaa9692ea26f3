/**
 * Long loops on the page's main thread cut into tasks (issue 11: no task over 50 ms while a fresh
 * device follows thousands of documents): each does up to `SLICE_MS` of work, then yields to the
 * page (input, rendering, the Repo's own messages) with `nextTask`.
 */

/** Milliseconds of work a loop does in one task before it yields. */
export const SLICE_MS = 10;

/**
 * Resolves in a later task: a message to itself, as React's scheduler yields, since a browser
 * delays a timer set from a timer by at least 4 ms after a few (a thousand slices lost seconds).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
