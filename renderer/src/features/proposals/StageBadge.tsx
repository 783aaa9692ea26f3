import type { ProposalStage } from "@chapterhouse/crdt/proposals";
import { useT } from "../../shared/i18n/use-t.js";
import { StatusPill, type StatusTone } from "../../shared/ui/StatusPill.js";

const TONE: Readonly<Record<ProposalStage, StatusTone>> = {
  draft: "neutral",
  deliberation: "info",
  voting: "warning",
  closed: "neutral",
  recorded: "success",
};

/** A proposal's stage as a pill (`data-stage` for styling and tests). */
export function StageBadge({ stage }: { readonly stage: ProposalStage }) {
  const t = useT("proposals");
  return (
    <span className="stage-badge" data-stage={stage}>
      <StatusPill tone={TONE[stage]}>{t(`stage.${stage}`)}</StatusPill>
    </span>
  );
}
