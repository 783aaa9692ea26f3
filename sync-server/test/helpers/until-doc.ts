import type { DocHandle } from "@automerge/automerge-repo";

/** Resolves once `handle`'s document satisfies `predicate` (checked now and on every change). */
export function untilDoc<T>(handle: DocHandle<T>, predicate: (doc: T) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (predicate(handle.doc())) {
        handle.off("change", check);
        resolve();
      }
    };
    handle.on("change", check);
    check();
  });
}
