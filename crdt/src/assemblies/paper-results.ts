/**
 * Paper and show-of-hands results as every device shows them (PROTOCOL.md AS9.3–AS9.5): each
 * result with its tellers' counts, whether both confirm it, and its outcome from its own numbers
 * by the decision core's quorum rule (T5.2) and threshold comparison (T8), never a second one.
 * Pure and deterministic. Never throws.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import { rational, shareAtLeast } from "../tally/rational.js";
import type { MinutesRecord } from "./judge-minutes.js";
import type { PaperResultBody, PaperResultFields, TellerSignBody } from "./paper-result-bodies.js";

/** Confirmed by both tellers, disputed by one, or not yet confirmed (AS9.3). */
export type PaperResultStatus = "confirmed" | "unconfirmed" | "disputed";
/** AS9.4. */
export type PaperOutcome = "no-quorum" | "tie" | "decided" | "not-reached";

/** A teller's count that counts (AS9.3). */
export interface TellerCount {
  readonly teller: MemberKey;
  readonly counts: readonly number[];
  readonly abstentions: number;
  readonly agrees: boolean;
  readonly id: RecordId;
}

/** A paper result as it stands. */
export interface PaperResult extends PaperResultFields {
  readonly id: RecordId;
  /** Who entered it and when (claimed, R6). */
  readonly chair: MemberKey;
  readonly at: number;
  /** The tellers who signed, in `tellers` order. */
  readonly counts: readonly TellerCount[];
  readonly status: PaperResultStatus;
  readonly outcome: PaperOutcome;
  /** The label of the option decided, or null. */
  readonly winner: string | null;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** AS9.4: the outcome and the option decided, from the result's own numbers. */
export function paperOutcome(result: Pick<PaperResultBody, "options" | "present" | "electorate" | "quorum" | "threshold">): { outcome: PaperOutcome; winner: string | null } {
  const { options, present, electorate, quorum, threshold } = result;
  if (quorum !== null && !shareAtLeast(present, electorate, rational(quorum.num, quorum.den))) return { outcome: "no-quorum", winner: null };
  const total = options.reduce((sum, option) => sum + option.count, 0);
  const most = Math.max(...options.map((option) => option.count));
  const top = options.filter((option) => option.count === most);
  if (top.length !== 1) return { outcome: "tie", winner: null };
  const winner = top[0]!;
  if (threshold !== null && !shareAtLeast(winner.count, total, rational(threshold.num, threshold.den))) return { outcome: "not-reached", winner: null };
  return { outcome: "decided", winner: winner.label };
}

/** The paper results among the valid AS9 records (`judgeMinutes`), by `at`, then id (AS9.5). */
export function paperResults(valid: readonly MinutesRecord[]): PaperResult[] {
  const signs = new Map<string, MinutesRecord<TellerSignBody>>();
  for (const entry of valid) {
    if (entry.body.kind !== "teller-sign") continue;
    const key = `${entry.body.result} ${entry.record.envelope.signer}`;
    const held = signs.get(key);
    const later = held === undefined || entry.record.envelope.at > held.record.envelope.at || (entry.record.envelope.at === held.record.envelope.at && entry.record.id > held.record.id);
    if (later) signs.set(key, entry as MinutesRecord<TellerSignBody>);
  }
  return valid
    .filter((entry): entry is MinutesRecord<PaperResultBody> => entry.body.kind === "paper-result")
    .map(({ record, body }): PaperResult => {
      const agreesWith = (sign: TellerSignBody) => sign.abstentions === body.abstentions && sign.counts.length === body.options.length && sign.counts.every((count, i) => count === body.options[i]!.count);
      const counts = body.tellers.flatMap((teller) => {
        const sign = signs.get(`${record.id} ${teller}`);
        return sign === undefined ? [] : [{ teller, counts: sign.body.counts, abstentions: sign.body.abstentions, agrees: agreesWith(sign.body), id: sign.record.id }];
      });
      const status = counts.some((count) => !count.agrees) ? "disputed" : counts.length === 2 ? "confirmed" : "unconfirmed";
      const { item, question, method, options, abstentions, present, electorate, quorum, threshold, tellers } = body;
      return { id: record.id, item, question, method, options, abstentions, present, electorate, quorum, threshold, tellers, chair: record.envelope.signer, at: record.envelope.at, counts, status, ...paperOutcome(body) };
    })
    .sort((a, b) => a.at - b.at || byText(a.id, b.id));
}
