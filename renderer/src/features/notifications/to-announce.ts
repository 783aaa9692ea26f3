/**
 * Which notifications to raise as system notifications (NOTE4): those that arrived while the app
 * was open, not read. The first list of a session is what was there already (`known` undefined):
 * none of it is raised, so opening the app never floods the system. Returns the keys now known. Never throws.
 */
export function toAnnounce<T extends { readonly key: string }>(known: ReadonlySet<string> | undefined, items: readonly T[], read: ReadonlySet<string>): { readonly announce: T[]; readonly known: ReadonlySet<string> } {
  const now = new Set([...(known ?? []), ...items.map((item) => item.key)]);
  if (known === undefined) return { announce: [], known: now };
  return { announce: items.filter((item) => !known.has(item.key) && !read.has(item.key)), known: now };
}
