/**
 * Signing the records of section V (PROTOCOL.md V2, V4–V7). Each adds the ids its body names to
 * the deps (V1.2). `signClose` also signs the `counted` record of every non-empty box (V6).
 */
import type { CanonicalValue } from "../canonical.js";
import type { ChapterId, ProposalId, RecordId } from "../ids.js";
import type { SignOptions } from "../proposals/proposal-records.js";
import { signRecord, type ParsedRecord, type Signer } from "../record.js";
import type { Fraction } from "../tally/types.js";
import { countedHash } from "./counted-hash.js";
import type { BoxEntry, OpenRule, WeightEntry } from "./vote-bodies.js";

const withNamed = (options: SignOptions, ...named: (RecordId | null)[]): RecordId[] => [
  ...(options.deps ?? []),
  ...named.filter((id): id is RecordId => id !== null),
];
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The fields of an open (V2); lists are sorted for the signer. */
export interface OpenFields {
  readonly chapter: ChapterId;
  readonly proposal: ProposalId;
  readonly version: RecordId;
  readonly amendment?: RecordId | null;
  readonly textHash: string;
  readonly options: readonly string[];
  readonly rule: OpenRule;
  readonly quorum?: Fraction | null;
  readonly closesAt: number;
  readonly finalAt: number;
  readonly heads: readonly RecordId[];
  readonly weights?: readonly WeightEntry[];
  readonly shards: number;
  readonly boxes: readonly BoxEntry[];
  readonly supersedes?: readonly RecordId[];
}

/**
 * An `open` (V2).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signOpen(signer: Signer, fields: OpenFields, options: SignOptions): Promise<ParsedRecord> {
  const supersedes = [...(fields.supersedes ?? [])].sort(byText);
  const body = {
    chapter: fields.chapter,
    proposal: fields.proposal,
    version: fields.version,
    amendment: fields.amendment ?? null,
    textHash: fields.textHash,
    options: [...fields.options],
    rule: { ...fields.rule },
    quorum: fields.quorum === undefined || fields.quorum === null ? null : { num: fields.quorum.num, den: fields.quorum.den },
    closesAt: fields.closesAt,
    finalAt: fields.finalAt,
    roster: { heads: [...new Set(fields.heads)].sort(byText) },
    weights: [...(fields.weights ?? [])].sort((a, b) => byText(a.chapter, b.chapter)).map(({ chapter, weight }) => ({ chapter, weight })),
    boxes: {
      shards: fields.shards,
      list: [...fields.boxes]
        .sort((a, b) => byText(a.chapter, b.chapter) || a.shard - b.shard)
        .map(({ chapter, shard, document }) => ({ chapter, shard, document })),
    },
    supersedes,
  };
  return signRecord(signer, {
    kind: "open",
    body,
    at: options.at,
    deps: withNamed(options, fields.chapter, fields.proposal, fields.version, fields.amendment ?? null, ...supersedes),
  });
}

/**
 * A `ballot` (V4) answering `open`.
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signBallot(
  signer: Signer,
  fields: { chapter: ChapterId; proposal: ProposalId; open: RecordId; textHash: string; choice: CanonicalValue; seq: number },
  options: SignOptions,
): Promise<ParsedRecord> {
  return signRecord(signer, { kind: "ballot", body: { ...fields }, at: options.at, deps: withNamed(options, fields.chapter, fields.proposal, fields.open) });
}

/** What a close counted in one box. */
export interface BoxTally {
  readonly chapter: ChapterId;
  readonly shard: number;
  readonly ids: readonly RecordId[];
}

/**
 * A `close` (V5) and the `counted` record of each box that counted any ballot (V6). `boxes` must
 * list every box of the open; ids are sorted for the signer.
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export async function signClose(
  signer: Signer,
  fields: { open: RecordId; boxes: readonly BoxTally[]; result: CanonicalValue; supersedes?: RecordId | null },
  options: SignOptions,
): Promise<{ close: ParsedRecord; counted: ParsedRecord[] }> {
  const boxes = [...fields.boxes]
    .sort((a, b) => byText(a.chapter, b.chapter) || a.shard - b.shard)
    .map((box) => ({ chapter: box.chapter, shard: box.shard, ids: [...box.ids].sort(byText) }));
  const supersedes = fields.supersedes ?? null;
  const close = await signRecord(signer, {
    kind: "close",
    body: {
      open: fields.open,
      boxes: boxes.map(({ chapter, shard, ids }) => ({ chapter, shard, count: ids.length, hash: countedHash(ids) })),
      result: fields.result,
      supersedes,
    },
    at: options.at,
    deps: withNamed(options, fields.open, supersedes),
  });
  const counted = await Promise.all(
    boxes
      .filter((box) => box.ids.length > 0)
      .map((box) =>
        signRecord(signer, {
          kind: "counted",
          body: { open: fields.open, close: close.id, chapter: box.chapter, shard: box.shard, ids: box.ids },
          at: options.at,
          deps: [fields.open, close.id],
        }),
      ),
  );
  return { close, counted };
}

/**
 * A `decision` (V7).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signDecision(
  signer: Signer,
  fields: { chapter: ChapterId; proposal: ProposalId; open: RecordId; close: RecordId; result: CanonicalValue },
  options: SignOptions,
): Promise<ParsedRecord> {
  return signRecord(signer, {
    kind: "decision",
    body: { ...fields },
    at: options.at,
    deps: withNamed(options, fields.chapter, fields.proposal, fields.open, fields.close),
  });
}
