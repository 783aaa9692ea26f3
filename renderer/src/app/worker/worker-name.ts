/** The worker's `name` says which local database it opens (`Platform.storageNamespace`). */
const PREFIX = "chapterhouse-verification:";

/** The name to start the worker with for `storageNamespace`. */
export function workerNameFor(storageNamespace: string): string {
  return `${PREFIX}${storageNamespace}`;
}

/**
 * The storage namespace a worker named `name` opens.
 * @throws {Error} for a name this app did not give (the worker cannot know its database).
 */
export function storageNamespaceOf(name: string): string {
  if (!name.startsWith(PREFIX) || name.length === PREFIX.length) throw new Error(`the verification worker was started without its storage namespace (name "${name}")`);
  return name.slice(PREFIX.length);
}
