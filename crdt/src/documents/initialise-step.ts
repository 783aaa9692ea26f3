/**
 * The first migration step of every type (0 → 1): adds each missing record map as an empty
 * map and a missing `unsigned` map with its defaults. Never replaces what exists, whatever it
 * holds: damaged maps are the write-back's business (D9).
 */
export function initialiseStep(maps: readonly string[], unsigned: () => Record<string, unknown>) {
  return {
    from: 0,
    to: 1,
    apply(doc: Record<string, unknown>): void {
      for (const map of maps) {
        if (doc[map] === undefined) doc[map] = {};
      }
      if (doc["unsigned"] === undefined) doc["unsigned"] = unsigned();
    },
  } as const;
}
