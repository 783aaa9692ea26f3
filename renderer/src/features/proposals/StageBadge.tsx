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

/** A proposal's stage as a pill, its words given (`data-stage` for styling and tests): what a long list renders per row, with no hook. */
export function StagePill({ stage, label }: { readonly stage: ProposalStage; readonly label: string }) {
  return (
    <span className="stage-badge" data-stage={stage}>
      <StatusPill tone={TONE[stage]}>{label}</StatusPill>
    </span>
  );
}

/** A proposal's stage as a pill, in the language shown. */
export function StageBadge({ stage }: { readonly stage: ProposalStage }) {
  const t = useT("proposals");
  return <StagePill stage={stage} label={t(`stage.${stage}`)} />;
}
