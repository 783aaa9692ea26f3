import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { subtreeOf, type Roster } from "@chapterhouse/crdt/membership";
import type { OpenDelegations } from "@chapterhouse/crdt/delegation";
import { dayOf } from "@chapterhouse/crdt/dues";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { Fraction, Rule, RuleType } from "@chapterhouse/crdt/tally";
import { MAX_WEIGHT, electoratePlan, planFits, type OpenRule, type WeightedMember } from "@chapterhouse/crdt/votes";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { NumberField } from "../../shared/ui/NumberField.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { Select } from "../../shared/ui/Select.js";
import { RULE_ORDER, YES_NO_RULES } from "./components/rule-order.js";
import { DEFAULT_DELEGATION, DelegationSettings, delegationSettings, type DelegationChoice } from "./DelegationSettings.js";
import { RuleSummary } from "./components/RuleSummary.js";
import type { VersionSummary } from "@chapterhouse/crdt/report";
import { fromLocalInput, localDay, toLocalInput } from "./local-time.js";
import { useVoteProblem } from "./use-vote-problem.js";
import { MemberName } from "../profiles/index.js";
import { standingToday } from "./standing-today.js";
import "../../shared/ui/Field.css";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What the form decides; the caller adds the chapter, the author and what it supersedes. */
export interface OpenVoteChoice {
  readonly version: VersionSummary;
  readonly rule: OpenRule;
  readonly quorum: Fraction | null;
  readonly closesAt: number;
  readonly finalAt: number;
  readonly weights: readonly { readonly chapter: ChapterId; readonly weight: number }[];
  /** Whether members' delegations count, and how (DG1.4); null: they do not. */
  readonly delegation: Omit<OpenDelegations, "sets"> | null;
  /** Only members in good standing (dues paid up to the day the vote opens) vote (DU8). */
  readonly standing: boolean;
  /** Only the members present at this assembly when the vote opens vote (AS8); null: all members. */
  readonly present: RecordId | null;
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
  /** The assembly the form was opened from (AS8): its members present may be the electorate, as they are by default. */
  readonly assembly?: RecordId | null;
  /** Signs and writes the open; a rejection is shown and the member can try again. */
  readonly onOpen: (choice: OpenVoteChoice) => Promise<void>;
  readonly onCancel?: () => void;
  /** Each member's paid-up date over the chapter's ledgers and those below (DU8.8), for the count of members in good standing today. */
  readonly paidUp?: () => Promise<ReadonlyMap<MemberKey, string>>;
  /** The members checked in at `assembly` as this device holds them (AS8.7), for the count of members present. */
  readonly membersPresent?: (assembly: RecordId) => Promise<readonly MemberKey[]>;
}

/** Why the form can't open the vote yet: a key of the votes catalogue's `open.problem`. */
type FormProblem = "no-version" | "needs-options" | "numbers" | "threshold" | "quorum" | "times" | "closes-past" | "final-before-close" | "no-members" | "too-many-boxes" | "delegation";

function gcd(a: number, b: number): number {
  return b === 0 ? Math.max(a, 1) : gcd(b, a % b);
}

/** A whole number from a number field (NaN when it is empty), or undefined. */
function whole(value: number): number | undefined {
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Opening a vote: the version, the rule (each of the nine explained with when it fits), its
 * parameters, a quorum, the closing and finality times, the weight of each sub-chapter, whether
 * members' delegations count (and how far), with a live preview of the electorate (members, total
 * weight, ballot boxes) through the core.
 */
export function OpenVoteForm({ roster, chapter, versions, replaces, now, assembly, onOpen, onCancel, paidUp, membersPresent }: OpenVoteFormProps) {
  const t = useT("votes");
  const format = useFormat();
  const problemText = useVoteProblem();
  const ids = useId();
  const latest = versions.at(-1);
  const [versionId, setVersionId] = useState<RecordId | undefined>(latest?.id);
  const version = versions.find((v) => v.id === versionId) ?? latest;
  const optionCount = version?.options.length ?? 0;
  const [type, setType] = useState<RuleType>(optionCount >= 2 ? "plurality" : "majority");
  const [thresholdNum, setThresholdNum] = useState(2);
  const [thresholdDen, setThresholdDen] = useState(3);
  const [maxBlocks, setMaxBlocks] = useState(0);
  const [maxStandAsides, setMaxStandAsides] = useState(0);
  const [maxScore, setMaxScore] = useState(5);
  const [useQuorum, setUseQuorum] = useState(false);
  const [quorumPercent, setQuorumPercent] = useState(50);
  const [closes, setCloses] = useState(() => toLocalInput(Math.ceil((now + 7 * DAY) / 60_000) * 60_000));
  const [finality, setFinality] = useState(() => toLocalInput(Math.ceil((now + 9 * DAY) / 60_000) * 60_000));
  const [weightOf, setWeightOf] = useState<Readonly<Record<string, number>>>({});
  const [delegation, setDelegation] = useState<DelegationChoice>(DEFAULT_DELEGATION);
  const [standing, setStanding] = useState(false);
  const [present, setPresent] = useState(assembly !== null && assembly !== undefined);
  const [paid, setPaid] = useState<ReadonlyMap<MemberKey, string> | undefined>(undefined);
  useEffect(() => {
    let current = true;
    // Advisory (DU8.8): when the ledgers cannot be read the form opens the vote all the same, without the count.
    paidUp?.().then(
      (dates) => current && setPaid(dates),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [paidUp]);
  const [inRoom, setInRoom] = useState<ReadonlySet<MemberKey> | undefined>(undefined);
  useEffect(() => {
    let current = true;
    // Advisory (AS8.7): the open takes the attendance again when it is signed; without the count the form still opens it.
    if (assembly !== null && assembly !== undefined)
      membersPresent?.(assembly).then(
        (members) => current && setInRoom(new Set(members)),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [membersPresent, assembly]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const subChapters = useMemo(() => subtreeOf(roster, chapter).filter((id) => id !== chapter).map((id) => roster.chapters.get(id)!), [roster, chapter]);
  const weights = subChapters.flatMap((c) => {
    const weight = whole(weightOf[c.id] ?? 1);
    return weight === undefined || weight === 1 ? [] : [{ chapter: c.id, weight }];
  });
  const weightsValid = subChapters.every((c) => {
    const weight = whole(weightOf[c.id] ?? 1);
    return weight !== undefined && weight >= 1 && weight <= MAX_WEIGHT;
  });
  const weightsKey = weightsValid ? JSON.stringify(weights) : "[]";
  // Recomputed only when the roster or the weights change, not on every keystroke elsewhere.
  const plan = useMemo(() => electoratePlan(roster, chapter, JSON.parse(weightsKey) as typeof weights), [roster, chapter, weightsKey]);
  const boxes = plan.boxChapters.length * plan.shards;

  /** The quorum percentage as a fraction in lowest terms (50% is 1/2). */
  function quorumOf(): Fraction | undefined {
    const p = whole(quorumPercent);
    if (p === undefined) return undefined;
    const g = gcd(Math.abs(p), 100);
    return { num: p / g, den: 100 / g };
  }
  const rule = ruleOf();
  function ruleOf(): Rule | undefined {
    const quorum = useQuorum ? quorumOf() : undefined;
    const base = quorum === undefined ? {} : { quorum };
    switch (type) {
      case "supermajority": {
        const [num, den] = [whole(thresholdNum), whole(thresholdDen)];
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

  function formProblem(): FormProblem | null {
    if (version === undefined) return "no-version";
    if (!YES_NO_RULES.has(type) && optionCount < 2) return "needs-options";
    if (rule === undefined) return "numbers";
    if (rule.type === "supermajority" && (rule.threshold.den < 1 || rule.threshold.num < 1 || rule.threshold.num > rule.threshold.den)) return "threshold";
    if (useQuorum) {
      const p = whole(quorumPercent);
      if (p === undefined || p < 1 || p > 100) return "quorum";
    }
    const closesAt = fromLocalInput(closes);
    const finalAt = fromLocalInput(finality);
    if (closesAt === undefined || finalAt === undefined) return "times";
    if (closesAt <= now) return "closes-past";
    if (finalAt < closesAt) return "final-before-close";
    if (plan.members === 0) return "no-members";
    if (!planFits(plan)) return "too-many-boxes";
    if (delegationSettings(delegation) === undefined) return "delegation";
    return null;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const wrong = formProblem();
    if (wrong !== null || version === undefined || rule === undefined) {
      setProblem(wrong === null ? null : t(`open.problem.${wrong}`));
      return;
    }
    setProblem(null);
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
        delegation: delegationSettings(delegation) ?? null,
        standing,
        present: present && assembly !== undefined ? assembly : null,
      });
    } catch (failure) {
      setProblem(t("open.failed", { problem: problemText(failure) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="open-vote-form">
    <Form onSubmit={(event) => void submit(event)} aria-label={t("open.title")}>
      {replaces.length > 0 && <p className="vote-note">{t("open.replaces", { count: replaces.length, n: format.count(replaces.length) })}</p>}
      {versions.length > 1 && (
        <Select
          label={t("open.version")}
          value={version?.id ?? null}
          onChange={(id) => setVersionId(id as RecordId)}
          options={versions.map((v) => ({ id: v.id, label: t("open.versionN", { n: format.count(v.n) }) }))}
        />
      )}
      {version !== undefined && optionCount > 0 && (
        <div className="open-vote-options">
          <p>{t("open.optionsOf", { n: format.count(version.n) })}</p>
          <ul aria-label={t("open.optionsLabel")}>
            {version.options.map((option) => (
              <li key={option.id}>{option.label}</li>
            ))}
          </ul>
        </div>
      )}

      <RadioGroup
        label={t("open.rule")}
        value={type}
        onChange={(value) => setType(RULE_ORDER.find((r) => r === value) ?? "majority")}
        {...(optionCount < 2 ? { description: t("open.optionRulesNeedOptions") } : {})}
        options={RULE_ORDER.map((r) => ({
          id: r,
          label: t(`rule.${r}.name`),
          description: `${t(`rule.${r}.summary`)} ${t(`rule.${r}.fitsWhen`)}`,
          isDisabled: !YES_NO_RULES.has(r) && optionCount < 2,
        }))}
      />

      {type === "supermajority" && (
        <div className="field-row">
          <NumberField label={t("open.thresholdFor")} minValue={1} value={thresholdNum} onChange={setThresholdNum} />
          <NumberField label={t("open.thresholdOf")} minValue={1} value={thresholdDen} onChange={setThresholdDen} />
        </div>
      )}
      {type === "consent" && <NumberField label={t("open.blocksAllowed")} minValue={0} value={maxBlocks} onChange={setMaxBlocks} />}
      {type === "consensus" && <NumberField label={t("open.standAsidesAllowed")} minValue={0} value={maxStandAsides} onChange={setMaxStandAsides} />}
      {type === "score" && <NumberField label={t("open.highestScore")} minValue={1} value={maxScore} onChange={setMaxScore} />}

      <Checkbox isSelected={useQuorum} onChange={setUseQuorum}>
        {t("open.useQuorum")}
      </Checkbox>
      {useQuorum && (
        <NumberField
          label={t("open.quorum")}
          description={t("open.quorumHelp")}
          minValue={1}
          maxValue={100}
          value={quorumPercent}
          onChange={setQuorumPercent}
          formatOptions={{ style: "unit", unit: "percent" }}
        />
      )}

      {rule !== undefined && (
        <div className="rule-preview" aria-live="polite">
          <RuleSummary rule={rule} showFit />
        </div>
      )}

      <DateTimeField label={t("open.closes")} value={closes} onChange={setCloses} />
      <DateTimeField label={t("open.final")} value={finality} onChange={setFinality} description={t("open.finalHelp")} />

      {subChapters.length > 0 && (
        <fieldset className="ballot-group weights">
          <legend>{t("open.weights")}</legend>
          <p className="ballot-help">{t("open.weightsHelp")}</p>
          {subChapters.map((sub) => (
            <NumberField
              key={sub.id}
              label={t("open.weightOf", { chapter: sub.name })}
              minValue={1}
              maxValue={MAX_WEIGHT}
              value={weightOf[sub.id] ?? 1}
              onChange={(weight) => setWeightOf({ ...weightOf, [sub.id]: weight })}
            />
          ))}
        </fieldset>
      )}

      <DelegationSettings value={delegation} onChange={setDelegation} />

      <section className="electorate-preview" aria-labelledby={`${ids}-electorate`} data-testid="electorate-preview">
        <h3 id={`${ids}-electorate`}>{t("open.electorate")}</h3>
        <p aria-live="polite" className="electorate-numbers">
          <span>
            {t("open.electorateMembers")} <strong data-testid="electorate-members">{format.count(plan.members)}</strong>
          </span>
          <span>
            {t("open.electorateWeight")} <strong data-testid="electorate-weight">{format.count(plan.weight)}</strong>
          </span>
        </p>
        <Checkbox isSelected={standing} onChange={setStanding}>
          {t("open.standing")}
        </Checkbox>
        <p className="ballot-help" data-testid="standing-help">
          {t(standing ? "open.standingOn" : "open.standingOff", { day: format.date(localDay(dayOf(now))) })}
        </p>
        {assembly === null || assembly === undefined ? null : (
          <>
            <Checkbox isSelected={present} onChange={setPresent}>
              {t("open.present")}
            </Checkbox>
            <p className="ballot-help" data-testid="present-help">
              {t(present ? "open.presentOn" : "open.presentOff")}
            </p>
            {present && inRoom !== undefined ? <PresentCount entries={plan.entries.filter((entry) => inRoom.has(entry.member))} /> : null}
          </>
        )}
        {paid === undefined ? null : <StandingCount today={standingToday(plan.entries, paid, dayOf(now))} of={plan.members} day={format.date(localDay(dayOf(now)))} />}
        <p className="ballot-help">{t("open.electorateHelp")}</p>
        <Disclosure title={t("open.technical")} headingLevel={4}>
          <p>{t("open.boxes", { count: boxes, n: format.count(boxes), shards: format.count(plan.shards) })}</p>
        </Disclosure>
      </section>

      {problem !== null && (
        <p className="vote-problem" role="alert">
          {problem}
        </p>
      )}
      <p id={`${ids}-consequence`}>{t("open.consequence")}</p>
      <FormActions>
        <Button type="submit" variant="primary" isPending={busy} aria-describedby={`${ids}-consequence`}>
          {t("open.submit")}
        </Button>
        {onCancel !== undefined && (
          <Button isDisabled={busy} onPress={onCancel}>
            {t("open.cancel")}
          </Button>
        )}
      </FormActions>
    </Form>
    </div>
  );
}

/**
 * A date and time in the device's time zone, as the browser's own `datetime-local` field (the kit
 * has no date field yet), in the kit's look: a label, the input, an optional description.
 */
function DateTimeField({ label, value, onChange, description }: { readonly label: string; readonly value: string; readonly onChange: (value: string) => void; readonly description?: string }) {
  const id = useId();
  return (
    <div className="ui-Field">
      <label className="ui-FieldLabel" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="ui-Input"
        type="datetime-local"
        step={1}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...(description === undefined ? {} : { "aria-describedby": `${id}-help` })}
      />
      {description === undefined ? null : (
        <span id={`${id}-help`} className="ui-FieldDescription">
          {description}
        </span>
      )}
    </div>
  );
}

/** How many of the electorate are checked in at the assembly, and their weight (AS8.5: the electorate of a vote of the members present). */
function PresentCount({ entries }: { readonly entries: readonly WeightedMember[] }) {
  const t = useT("votes");
  const format = useFormat();
  const weight = entries.reduce((sum, entry) => sum + entry.weight, 0);
  return (
    <p aria-live="polite" data-testid="present-count">
      {t("open.presentCount", { count: entries.length, n: format.count(entries.length), weight: format.count(weight) })}
    </p>
  );
}

/** How many of the electorate are in good standing today, and who is not, with the date each is paid up to (DU8.8). */
function StandingCount({ today, of, day }: { readonly today: ReturnType<typeof standingToday>; readonly of: number; readonly day: string }) {
  const t = useT("votes");
  const format = useFormat();
  return (
    <div data-testid="standing-today">
      <p aria-live="polite">{t("open.standingToday", { count: of, good: format.count(today.members), n: format.count(of), day })}</p>
      {today.excluded.length === 0 ? null : (
        <Disclosure title={t("open.standingNotPaid", { count: today.excluded.length, n: format.count(today.excluded.length) })} headingLevel={4}>
          <ul aria-label={t("open.standingNotPaidList")}>
            {today.excluded.map((entry) => (
              <li key={entry.member}>
                <MemberName member={entry.member} /> — {entry.paidUntil === null ? t("open.neverPaid") : t("open.paidUntil", { day: format.date(localDay(entry.paidUntil)) })}
              </li>
            ))}
          </ul>
        </Disclosure>
      )}
    </div>
  );
}
