/**
 * The bodies of paper and show-of-hands results (PROTOCOL.md AS9) and their validator: a chair's
 * `paper-result`, naming its two tellers, and each teller's own count, `teller-sign`.
 * `parsePaperResultBody` never throws.
 */
import type { BodyParse } from "../kinds/define-kind.js";
import type { CanonicalValue } from "../records/canonical.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import type { Fraction } from "../tally/types.js";
import { plainTextProblem } from "../chat/chat-bodies.js";
import { firstProblem, fractionProblem, idListProblem, idProblem, intProblem, membersProblem, oneOfProblem, type BodyObject } from "../proposals/field-checks.js";
import { MAX_ITEM_TITLE_LENGTH } from "./assembly-bodies.js";

/** Most options of one paper result (AS9.1). */
export const MAX_RESULT_OPTIONS = 16;
/** Longest option label (AS9.1). */
export const MAX_OPTION_LABEL_LENGTH = 100;
/** Largest count, abstentions, present weight or electorate (AS9.1). */
export const MAX_COUNT = 10_000_000;

/** How the vote was taken (AS9.1). */
export const RESULT_METHODS = Object.freeze(["paper", "hands"] as const);
/** One of RESULT_METHODS. */
export type ResultMethod = (typeof RESULT_METHODS)[number];

/** One option of a paper result and its count. */
export interface ResultOption {
  readonly label: string;
  readonly count: number;
}

/** What a chair enters for a vote taken on paper or by hands (AS9.1): a `paper-result`'s members but its kind and assembly. */
export interface PaperResultFields {
  readonly item: RecordId;
  readonly question: string;
  readonly method: ResultMethod;
  readonly options: readonly ResultOption[];
  readonly abstentions: number;
  /** The present weight and the electorate when the vote was taken (AS5.2). */
  readonly present: number;
  readonly electorate: number;
  readonly quorum: Fraction | null;
  readonly threshold: Fraction | null;
  /** Two different keys, ascending. */
  readonly tellers: readonly MemberKey[];
}

/** `paper-result`: a chair enters a vote taken on paper or by hands (AS9.1). */
export interface PaperResultBody extends PaperResultFields {
  readonly kind: "paper-result";
  readonly assembly: RecordId;
}

/** `teller-sign`: a teller's own count of a result (AS9.2). */
export interface TellerSignBody {
  readonly kind: "teller-sign";
  readonly assembly: RecordId;
  readonly result: RecordId;
  readonly counts: readonly number[];
  readonly abstentions: number;
}

/** A paper result kind's body. */
export type PaperResultRecordBody = PaperResultBody | TellerSignBody;

const countProblem = (name: string, value: CanonicalValue | undefined): string | undefined => intProblem(name, value, 0, MAX_COUNT);

function optionsProblem(value: CanonicalValue | undefined): string | undefined {
  if (!Array.isArray(value)) return "options is not a list";
  const list = value as readonly CanonicalValue[];
  if (list.length < 1 || list.length > MAX_RESULT_OPTIONS) return `options must hold 1 to ${MAX_RESULT_OPTIONS} entries`;
  const labels = new Set<string>();
  for (const [i, option] of list.entries()) {
    const problem = membersProblem(option, ["count", "label"]) ?? firstProblem(plainTextProblem(`options[${i}].label`, (option as BodyObject).label, MAX_OPTION_LABEL_LENGTH, false), countProblem(`options[${i}].count`, (option as BodyObject).count));
    if (problem !== undefined) return problem.startsWith("body") ? `options[${i}]: ${problem}` : problem;
    labels.add((option as BodyObject).label as string);
  }
  return labels.size === list.length ? undefined : "options name one label twice";
}

function countsProblem(value: CanonicalValue | undefined): string | undefined {
  if (!Array.isArray(value)) return "counts is not a list";
  const list = value as readonly CanonicalValue[];
  if (list.length < 1 || list.length > MAX_RESULT_OPTIONS) return `counts must hold 1 to ${MAX_RESULT_OPTIONS} entries`;
  return firstProblem(...list.map((count, i) => countProblem(`counts[${i}]`, count)));
}

function thresholdProblem(value: CanonicalValue | undefined): string | undefined {
  if (value === null) return undefined;
  return fractionProblem("threshold", value) ?? ((value as { num: number }).num >= 1 ? undefined : "threshold is 0");
}

/** The problem of `body` under `kind`'s schema (AS9.1, AS9.2), or undefined. Never throws. */
function bodyProblem(kind: PaperResultRecordBody["kind"], body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  if (kind === "teller-sign")
    return membersProblem(body, ["abstentions", "assembly", "counts", "result"]) ?? firstProblem(idProblem("assembly", b.assembly), idProblem("result", b.result), countsProblem(b.counts), countProblem("abstentions", b.abstentions));
  return (
    membersProblem(body, ["abstentions", "assembly", "electorate", "item", "method", "options", "present", "question", "quorum", "tellers", "threshold"]) ??
    firstProblem(
      idProblem("assembly", b.assembly),
      idProblem("item", b.item),
      plainTextProblem("question", b.question, MAX_ITEM_TITLE_LENGTH, false),
      oneOfProblem("method", b.method, RESULT_METHODS),
      optionsProblem(b.options),
      countProblem("abstentions", b.abstentions),
      countProblem("present", b.present),
      countProblem("electorate", b.electorate),
      b.quorum === null ? undefined : fractionProblem("quorum", b.quorum),
      thresholdProblem(b.threshold),
      idListProblem("tellers", b.tellers, 2, 2),
    )
  );
}

/** Parses the body of a `paper-result` or `teller-sign` (AS9.1, AS9.2). Never throws. */
export function parsePaperResultBody<K extends PaperResultRecordBody["kind"]>(kind: K, body: CanonicalValue): BodyParse<Extract<PaperResultRecordBody, { readonly kind: K }>> {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as Extract<PaperResultRecordBody, { readonly kind: K }> };
}
