import { STAGES, stageRank, type ProposalStage } from "@chapterhouse/crdt/proposals";
import { useT } from "../../shared/i18n/use-t.js";

/** The five stages of a proposal in one row (PROTOCOL.md P7), the current one marked (`aria-current="step"`), with what it means. */
export function StageSteps({ stage }: { readonly stage: ProposalStage }) {
  const t = useT("proposals");
  const current = stageRank(stage);
  return (
    <div className="stage-steps">
      <ol aria-label={t("stages.label")}>
        {STAGES.map((s, i) => (
          <li key={s} aria-current={s === stage ? "step" : undefined} data-done={i < current ? "" : undefined}>
            {t(`stage.${s}`)}
          </li>
        ))}
      </ol>
      <p className="stage-meaning">{t(`stageMeaning.${stage}`)}</p>
    </div>
  );
}
