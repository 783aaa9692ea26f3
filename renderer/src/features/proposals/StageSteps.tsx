import type { ProposalStage } from "@chapterhouse/crdt";
import { STAGES, stageRank } from "@chapterhouse/crdt";
import { STAGE_LABEL, STAGE_MEANING } from "./stage-labels.js";

/** The five stages of a proposal in order, the current one marked (`aria-current="step"`), with what it means. */
export function StageSteps({ stage }: { readonly stage: ProposalStage }) {
  const current = stageRank(stage);
  return (
    <div className="stage-steps">
      <ol aria-label="Stages of this proposal">
        {STAGES.map((s, i) => (
          <li
            key={s}
            aria-current={s === stage ? "step" : undefined}
            data-done={i < current ? "" : undefined}
          >
            {STAGE_LABEL[s]}
          </li>
        ))}
      </ol>
      <p className="help">{STAGE_MEANING[stage]}</p>
    </div>
  );
}
