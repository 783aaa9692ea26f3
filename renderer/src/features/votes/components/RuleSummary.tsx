import { useT } from "../../../shared/i18n/use-t.js";
import { useDescribeRule, type VoteRule } from "./use-describe-rule.js";

/** Props of a rule's explanation. */
export interface RuleSummaryProps {
  readonly rule: VoteRule;
  /** Also say when the rule fits (the open-vote form); the ballot screen can leave it out. */
  readonly showFit?: boolean;
}

/** A rule in words: its name, how it decides, its parameters and quorum, and optionally when it fits. */
export function RuleSummary({ rule, showFit = false }: RuleSummaryProps) {
  const t = useT("votes");
  const { name, details } = useDescribeRule()(rule);
  return (
    <div className="rule-summary" data-rule={rule.type}>
      <p className="rule-summary-name">
        <strong>{name}</strong>
      </p>
      <p>{t(`rule.${rule.type}.summary`)}</p>
      {details.length > 0 && (
        <ul className="rule-summary-details">
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {showFit && <p className="ballot-help">{t(`rule.${rule.type}.fitsWhen`)}</p>}
    </div>
  );
}
