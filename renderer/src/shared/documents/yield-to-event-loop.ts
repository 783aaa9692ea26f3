/**
 * Lets the page handle input and paint between pieces of long work: resolves in a later task
 * (`scheduler.yield` where the browser has it, else a zero-delay timer). Never rejects.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield().catch(() => undefined);
  return new Promise((resolve) => setTimeout(resolve, 0));
}
