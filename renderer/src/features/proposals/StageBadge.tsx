import type { ProposalStage } from "@chapterhouse/crdt/proposals";
import { STAGE_LABEL } from "./stage-labels.js";

/** A proposal's stage as a small badge (`data-stage` for styling and tests). */
export function StageBadge({ stage }: { readonly stage: ProposalStage }) {
  return (
    <span className="badge stage-badge" data-stage={stage}>
      {STAGE_LABEL[stage]}
    </span>
  );
}
