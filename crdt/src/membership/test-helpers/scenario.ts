/** A founded root chapter to start tests from. */
import type { ChapterId } from "../../records/ids.js";
import type { ParsedRecord, Signer } from "../../records/record.js";
import { foldMembership, type FoldOptions, type MembershipFold } from "../fold-membership.js";
import { chapterOf, endorse, genesis, role, type GenesisOptions } from "./records.js";

/** A root chapter founded by `founders[0]`, with the other founders endorsed. */
export interface Founded {
  readonly genesis: ParsedRecord;
  readonly chapter: ChapterId;
  /** Each founder's grant: the genesis for the first, an endorse for the others. */
  readonly grants: readonly ParsedRecord[];
  /** The first founder's facilitator role, granted by itself as founder (M9.2). */
  readonly facilitator: ParsedRecord;
  readonly records: readonly ParsedRecord[];
}

/** Founds a root chapter with `founders` (first one signs), and makes the first a facilitator. Rejects with a TypeError when `founders` is empty, else as `signRecord` does. */
export async function foundRoot(founders: readonly Signer[], options: GenesisOptions = {}): Promise<Founded> {
  const [first, ...others] = founders;
  if (first === undefined) throw new TypeError("at least one founder");
  const g = await genesis(first, { ...options, founders: founders.map((f) => f.publicKey) });
  const chapter = chapterOf(g);
  const grants: ParsedRecord[] = [g];
  for (const other of others) grants.push(await endorse(other, chapter));
  const facilitator = await role(first, chapter, first.publicKey, { deps: [g.id] });
  return { genesis: g, chapter, grants, facilitator, records: [...grants, facilitator] };
}

/** Folds records and returns the fold plus a lookup of each record's rejection detail. Never throws. */
export function fold(
  records: readonly ParsedRecord[],
  options: FoldOptions = {},
): MembershipFold & { why(record: ParsedRecord): string | undefined } {
  const result = foldMembership(records, options);
  return {
    ...result,
    why: (record) => {
      const rejection = result.rejections.find((r) => r.id === record.id);
      return rejection === undefined ? undefined : `${rejection.reason} ${rejection.detail}`;
    },
  };
}
