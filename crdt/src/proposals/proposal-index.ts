/**
 * A chapter's proposal index (PROTOCOL.md P1.1, P8): the Chapter document's `proposals` map lists
 * each proposal's creation record and the members' stage hints, so the chapter page shows its
 * proposals with their stages from that one document (DESIGN §3). Judged as the Chapter document's
 * authorisation step: a creation record counts when valid (P2) and naming this chapter (P1.4); a
 * hint when it parses (P8), names a listed proposal in its deps, has its causal past held (P1.3)
 * and its signer member authority over the chapter (M3.3). Each proposal shows the furthest stage
 * of its valid hints, `draft` with none.
 */
import type { Authorisation } from "../chokepoint/read-document.js";
import type { ChapterId, ProposalId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "./causal-rosters.js";
import { judgeProposal, type Accepted } from "./judge-proposal.js";
import type { ProposalBody } from "./proposal-bodies.js";
import type { ProposalIndexEntry } from "./proposal-detail.js";
import { stageRank, type ProposalStage } from "./proposal-stage.js";
import { memberProblem } from "./signer-authority.js";
import { parseStageHint } from "./stage-hint.js";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A chapter's index being judged: its authorisation step, and the entries it accepted. */
export interface ProposalIndex {
  /** The Chapter document's authorisation step (D3.8) for the index's kinds; it accepts no other kind. */
  readonly authorise: (records: readonly ParsedRecord[]) => Authorisation;
  /** The accepted proposals, newest first (claimed time, then id), after `authorise` ran. */
  entries(): ProposalIndexEntry[];
}

/** The index of `chapter`, judged against the rosters of each record's causal past. Never throws. */
export function judgeProposalIndex(chapter: ChapterId, rosters: CausalRosters): ProposalIndex {
  const listed = new Map<ProposalId, Accepted<ProposalBody>>();
  const stages = new Map<ProposalId, ProposalStage>();
  const authorise = (records: readonly ParsedRecord[]): Authorisation => {
    const accepted: ParsedRecord[] = [];
    for (const record of records.filter((r) => r.envelope.kind === "proposal")) {
      const state = judgeProposal(record.id as ProposalId, [record], {
        rosters,
        placeProblem: (_, creation) => (creation.body.chapter === chapter ? undefined : `listed in the index of chapter ${chapter}, not its own`),
      });
      if (state.proposal === undefined) continue;
      listed.set(state.id, state.proposal);
      accepted.push(record);
    }
    for (const record of records.filter((r) => r.envelope.kind === "proposal-stage")) {
      const hint = parseStageHint(record.envelope.body);
      if (!hint.ok || !listed.has(hint.body.proposal) || !record.envelope.deps.includes(hint.body.proposal)) continue;
      if (rosters.pastProblem(record) !== undefined || memberProblem(rosters, record, chapter) !== undefined) continue;
      const before = stages.get(hint.body.proposal);
      if (before === undefined || stageRank(hint.body.stage) > stageRank(before)) stages.set(hint.body.proposal, hint.body.stage);
      accepted.push(record);
    }
    return { accepted, rejections: [] };
  };
  const entries = (): ProposalIndexEntry[] =>
    [...listed.values()]
      .map(({ record, body }) => ({
        id: record.id as ProposalId,
        title: body.title,
        author: record.envelope.signer,
        at: record.envelope.at,
        document: body.document,
        stage: stages.get(record.id as ProposalId) ?? "draft",
      }))
      .sort((a, b) => b.at - a.at || byText(a.id, b.id));
  return { authorise, entries };
}
