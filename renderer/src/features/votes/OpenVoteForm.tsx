import { useId, useMemo, useState, type FormEvent } from "react";
import { MAX_WEIGHT, subtreeOf, type ChapterId, type Fraction, type OpenRule, type RecordId, type Roster, type Rule, type RuleType } from "@chapterhouse/crdt";
import { RuleSummary } from "./components/RuleSummary.js";
import { RULE_EXPLANATIONS } from "./components/rule-explanations.js";
import { formatCount } from "../../shared/i18n/format-number.js";
import { electoratePlan, planFits } from "@chapterhouse/crdt";
import { fromLocalInput, toLocalInput } from "./local-time.js";
import type { VersionSummary } from "@chapterhouse/crdt";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YES_NO: ReadonlySet<RuleType> = new Set(["majority", "supermajority", "consent", "consensus"]);

/** What the form decides; the caller adds the chapter, the author and what it supersedes. */
export interface OpenVoteChoice {
  readonly version: VersionSummary;
  readonly rule: OpenRule;
  readonly quorum: Fraction | null;
  readonly closesAt: number;
  readonly finalAt: number;
  readonly weights: readonly { readonly chapter: ChapterId; readonly weight: number }[];
}

/** Props of the open-vote form. */
export interface OpenVoteFormProps {
  readonly roster: Roster;
  /** The deciding chapter. */
  readonly chapter: ChapterId;
  /** The proposal's valid versions, latest last. */
  readonly versions: readonly VersionSummary[];
  /** Open votes the new one replaces (V2.7): the member is told. */
  readonly replaces: readonly RecordId[];
  /** The device clock when the form was shown (defaults for the times). */
  readonly now: number;
  /** Signs and writes the open; a rejection is shown and the member can try again. */
  readonly onOpen: (choice: OpenVoteChoice) => Promise<void>;
  readonly onCancel?: () => void;
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.max(a, 1) : gcd(b, a % b);
}

/** A whole number from a field, or undefined. */
function whole(text: string): number | undefined {
  const n = Number(text);
  return text.trim() !== "" && Number.isSafeInteger(n) ? n : undefined;
}

/**
 * Opening a vote: the version, the rule (each of the nine explained with when it fits), its
 * parameters, a quorum, the closing and finality times, the weight of each sub-chapter with a live
 * preview of the electorate (members, total weight, ballot boxes) through the core.
 */
export function OpenVoteForm({ roster, chapter, versions, replaces, now, onOpen, onCancel }: OpenVoteFormProps) {
  const ids = useId();
  const latest = versions.at(-1);
  const [versionId, setVersionId] = useState<RecordId | undefined>(latest?.id);
  const version = versions.find((v) => v.id === versionId) ?? latest;
  const optionCount = version?.options.length ?? 0;
  const [type, setType] = useState<RuleType>(optionCount >= 2 ? "plurality" : "majority");
  const [thresholdNum, setThresholdNum] = useState("2");
  const [thresholdDen, setThresholdDen] = useState("3");
  const [maxBlocks, setMaxBlocks] = useState("0");
  const [maxStandAsides, setMaxStandAsides] = useState("0");
  const [maxScore, setMaxScore] = useState("5");
  const [useQuorum, setUseQuorum] = useState(false);
  const [quorumPercent, setQuorumPercent] = useState("50");
  const [closes, setCloses] = useState(() => toLocalInput(Math.ceil((now + 7 * DAY) / 60_000) * 60_000));
  const [finality, setFinality] = useState(() => toLocalInput(Math.ceil((now + 9 * DAY) / 60_000) * 60_000));
  const [weightText, setWeightText] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const subChapters = useMemo(() => subtreeOf(roster, chapter).filter((id) => id !== chapter).map((id) => roster.chapters.get(id)!), [roster, chapter]);
  const weights = subChapters.flatMap((c) => {
    const weight = whole(weightText[c.id] ?? "1");
    return weight === undefined || weight === 1 ? [] : [{ chapter: c.id, weight }];
  });
  const weightsValid = subChapters.every((c) => {
    const weight = whole(weightText[c.id] ?? "1");
    return weight !== undefined && weight >= 1 && weight <= MAX_WEIGHT;
  });
  const weightsKey = weightsValid ? JSON.stringify(weights) : "[]";
  // Recomputed only when the roster or the weights change, not on every keystroke elsewhere.
  const plan = useMemo(() => electoratePlan(roster, chapter, JSON.parse(weightsKey) as typeof weights), [roster, chapter, weightsKey]);

  const rule = ruleOf();
  function ruleOf(): Rule | undefined {
    const quorum = useQuorum ? quorumOf() : undefined;
    const base = quorum === undefined ? {} : { quorum };
    switch (type) {
      case "supermajority": {
        const num = whole(thresholdNum);
        const den = whole(thresholdDen);
        return num === undefined || den === undefined ? undefined : { type, threshold: { num, den }, ...base };
      }
      case "consent": {
        const n = whole(maxBlocks);
        return n === undefined ? undefined : { type, maxBlocks: n, ...base };
      }
      case "consensus": {
        const n = whole(maxStandAsides);
        return n === undefined ? undefined : { type, maxStandAsides: n, ...base };
      }
      case "score": {
        const n = whole(maxScore);
        return n === undefined ? undefined : { type, maxScore: n, ...base };
      }
      default:
        return { type, ...base };
    }
  }
  /** The quorum percentage as a fraction in lowest terms (50% is 1/2). */
  function quorumOf(): Fraction | undefined {
    const p = whole(quorumPercent);
    if (p === undefined) return undefined;
    const g = gcd(Math.abs(p), 100);
    return { num: p / g, den: 100 / g };
  }

  function problem(): string | null {
    if (version === undefined) return "The proposal has no signed version to vote on yet.";
    if (!YES_NO.has(type) && optionCount < 2) return "This rule chooses among options; the version has fewer than two.";
    if (rule === undefined) return "Fill in the rule's numbers with whole numbers.";
    if (type === "supermajority") {
      const t = (rule as { threshold: Fraction }).threshold;
      if (t.den < 1 || t.num < 1 || t.num > t.den) return "The threshold must be a fraction between 0 and 1, such as 2 out of 3.";
    }
    if (useQuorum) {
      const q = quorumOf();
      const p = whole(quorumPercent);
      if (q === undefined || p === undefined || p < 1 || p > 100) return "The quorum is a whole percentage from 1 to 100.";
    }
    const closesAt = fromLocalInput(closes);
    const finalAt = fromLocalInput(finality);
    if (closesAt === undefined || finalAt === undefined) return "Give the closing and finality times.";
    if (closesAt <= now) return "The closing time must be in the future.";
    if (finalAt < closesAt) return "The finality time must be at or after the closing time.";
    if (!weightsValid) return `Each weight is a whole number from 1 to ${MAX_WEIGHT}.`;
    if (plan.members === 0) return "The chapter has no members to vote.";
    if (!planFits(plan)) return "The electorate is spread over more chapters than one vote can hold ballot boxes for.";
    return null;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const wrong = problem();
    if (wrong !== null || version === undefined || rule === undefined) {
      setError(wrong);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const { quorum, ...openRule } = rule;
      await onOpen({
        version,
        rule: openRule as unknown as OpenRule,
        quorum: quorum ?? null,
        closesAt: fromLocalInput(closes)!,
        finalAt: fromLocalInput(finality)!,
        weights,
      });
    } catch (failure) {
      setError(`The vote was not opened: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  const optionRuleNote = optionCount < 2 ? " (needs a version with at least two options)" : "";
  return (
    <form className="open-vote-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${ids}-title`} noValidate>
      <h3 id={`${ids}-title`}>Open a vote</h3>
      {replaces.length > 0 && (
        <p className="notice">
          This vote replaces the {replaces.length === 1 ? "vote" : `${replaces.length} votes`} open on this proposal: ballots cast there no
          longer count.
        </p>
      )}
      {versions.length > 1 && (
        <div className="field">
          <label htmlFor={`${ids}-version`}>Version voted on</label>
          <select id={`${ids}-version`} value={version?.id ?? ""} onChange={(e) => setVersionId(e.target.value as RecordId)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                Version {v.n}
              </option>
            ))}
          </select>
        </div>
      )}
      {version !== undefined && optionCount > 0 && (
        <div className="vote-options">
          <p className="help">Options of version {version.n}:</p>
          <ul aria-label="Options voted on">
            {version.options.map((option) => (
              <li key={option.id}>{option.label}</li>
            ))}
          </ul>
        </div>
      )}

      <fieldset className="fieldset rule-picker">
        <legend>Voting rule</legend>
        {RULE_EXPLANATIONS.map((explanation) => {
          const disabled = !YES_NO.has(explanation.type) && optionCount < 2;
          return (
            <div className="rule-choice" key={explanation.type} data-rule={explanation.type}>
              <input
                type="radio"
                id={`${ids}-rule-${explanation.type}`}
                name={`${ids}-rule`}
                value={explanation.type}
                checked={type === explanation.type}
                disabled={disabled}
                aria-describedby={`${ids}-rule-${explanation.type}-about`}
                onChange={() => setType(explanation.type)}
              />
              <label htmlFor={`${ids}-rule-${explanation.type}`}>
                {explanation.name}
                {YES_NO.has(explanation.type) ? "" : optionRuleNote}
              </label>
              <p className="help" id={`${ids}-rule-${explanation.type}-about`}>
                {explanation.summary} {explanation.fitsWhen}
              </p>
            </div>
          );
        })}
      </fieldset>

      {type === "supermajority" && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${ids}-tnum`}>Threshold: votes for, out of</label>
            <input id={`${ids}-tnum`} type="number" min={1} value={thresholdNum} onChange={(e) => setThresholdNum(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-tden`}>every (votes for and against)</label>
            <input id={`${ids}-tden`} type="number" min={1} value={thresholdDen} onChange={(e) => setThresholdDen(e.target.value)} />
          </div>
        </div>
      )}
      {type === "consent" && (
        <div className="field">
          <label htmlFor={`${ids}-blocks`}>Blocks allowed</label>
          <input id={`${ids}-blocks`} type="number" min={0} value={maxBlocks} onChange={(e) => setMaxBlocks(e.target.value)} />
        </div>
      )}
      {type === "consensus" && (
        <div className="field">
          <label htmlFor={`${ids}-asides`}>Stand-asides allowed</label>
          <input id={`${ids}-asides`} type="number" min={0} value={maxStandAsides} onChange={(e) => setMaxStandAsides(e.target.value)} />
        </div>
      )}
      {type === "score" && (
        <div className="field">
          <label htmlFor={`${ids}-maxscore`}>Highest score</label>
          <input id={`${ids}-maxscore`} type="number" min={1} value={maxScore} onChange={(e) => setMaxScore(e.target.value)} />
        </div>
      )}

      <fieldset className="fieldset">
        <legend>Quorum</legend>
        <div className="check">
          <input id={`${ids}-quorum-on`} type="checkbox" checked={useQuorum} onChange={(e) => setUseQuorum(e.target.checked)} />
          <label htmlFor={`${ids}-quorum-on`}>Require a quorum</label>
        </div>
        {useQuorum && (
          <div className="field">
            <label htmlFor={`${ids}-quorum`}>Share of the electorate's voting weight that must take part (%)</label>
            <input id={`${ids}-quorum`} type="number" min={1} max={100} value={quorumPercent} onChange={(e) => setQuorumPercent(e.target.value)} />
          </div>
        )}
      </fieldset>

      {rule !== undefined && (
        <div className="rule-preview" aria-live="polite">
          <RuleSummary rule={rule} showFit />
        </div>
      )}

      <fieldset className="fieldset">
        <legend>When</legend>
        <div className="field">
          <label htmlFor={`${ids}-closes`}>Voting closes at</label>
          <input id={`${ids}-closes`} type="datetime-local" step={1} value={closes} onChange={(e) => setCloses(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-final`}>Final at</label>
          <input
            id={`${ids}-final`}
            type="datetime-local"
            step={1}
            value={finality}
            aria-describedby={`${ids}-final-help`}
            onChange={(e) => setFinality(e.target.value)}
          />
          <p className="help" id={`${ids}-final-help`}>
            Until then a facilitator may add ballots the close missed; after it the decision is final and enters the decisions log.
          </p>
        </div>
      </fieldset>

      {subChapters.length > 0 && (
        <fieldset className="fieldset weights">
          <legend>Weights by sub-chapter</legend>
          <p className="help">
            How much each part of the chapter is affected: a member's ballot counts with the highest weight of the chapters they belong to; everyone
            else weighs 1.
          </p>
          {subChapters.map((sub) => (
            <div className="field weight-field" key={sub.id}>
              <label htmlFor={`${ids}-weight-${sub.id}`}>Weight of members of {sub.name}</label>
              <input
                id={`${ids}-weight-${sub.id}`}
                type="number"
                min={1}
                max={MAX_WEIGHT}
                value={weightText[sub.id] ?? "1"}
                onChange={(e) => setWeightText({ ...weightText, [sub.id]: e.target.value })}
              />
            </div>
          ))}
        </fieldset>
      )}

      <section className="electorate-preview" aria-labelledby={`${ids}-electorate`} data-testid="electorate-preview">
        <h4 id={`${ids}-electorate`}>Electorate</h4>
        <p aria-live="polite">
          <span data-testid="electorate-members">{formatCount(plan.members)}</span> {plan.members === 1 ? "member" : "members"}, total weight{" "}
          <span data-testid="electorate-weight">{formatCount(plan.weight)}</span>; {formatCount(plan.boxChapters.length * plan.shards)} ballot{" "}
          {plan.boxChapters.length * plan.shards === 1 ? "box" : "boxes"} (one per lowest-level chapter
          {plan.shards > 1 ? `, ${plan.shards} shards each` : ""}).
        </p>
        <p className="help">Counted from the membership records this device holds; every device recomputes it from the records the vote cites.</p>
      </section>

      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="help" id={`${ids}-consequence`}>
        Opening signs the vote with your key: its rule, times, weights and electorate are fixed from then on.
      </p>
      <div className="actions">
        <button type="submit" className="primary-action" disabled={busy} aria-describedby={`${ids}-consequence`}>
          {busy ? "Opening…" : "Open the vote"}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
