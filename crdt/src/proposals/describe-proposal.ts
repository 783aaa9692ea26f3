/**
 * A judged proposal (P1–P6) and its opens (V2) as a device shows them: plain entries sorted for
 * display, each amendment with its state (P6.2), the records refused with why, and what the stage
 * (P7) rests on besides the proposal's own records — whether a vote is open, and which.
 */
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { OpenJudgement } from "../votes/judge-opens.js";
import type { ProposalState } from "./judge-proposal.js";
import type { AmendmentEntry, CommentEntry, CurrentVote, ProposalDetail, RefusedRecord, VersionEntry } from "./proposal-detail.js";
import { amendmentStates } from "./proposal-stage.js";

/** What a proposal's judgement establishes, before its stage is known. */
export interface ProposalOutcome {
  readonly state: ProposalState;
  /** A valid open no valid open supersedes exists, current or contested (P7). */
  readonly votingOpen: boolean;
  readonly vote: CurrentVote | null;
  /** Undefined when the creation record is not valid here. */
  readonly detail: Omit<ProposalDetail, "stage"> | undefined;
  /** Why there is no detail ("" when there is). */
  readonly why: string;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Statuses that are no refusal: passed, or an open a later one replaced or contests (V2.8). */
const SHOWN = new Set(["valid", "superseded", "contested"]);
const byTime = (a: { at: number; id: string }, b: { at: number; id: string }) => a.at - b.at || byText(a.id, b.id);

/**
 * Describes a judged proposal held in the document `url`. `records` are the records judged (for
 * their kinds, and to find closes of the current open). Never throws.
 */
export function describeProposal(state: ProposalState, opens: OpenJudgement, records: readonly ParsedRecord[], url: string): ProposalOutcome {
  const current = opens.current === undefined ? undefined : opens.valid.get(opens.current);
  const vote: CurrentVote | null =
    current === undefined
      ? null
      : {
          open: current.record.id,
          boxes: [...new Set(current.body.boxes.list.map((box) => box.document))].sort(byText),
          closeHeld: records.some((r) => r.envelope.kind === "close" && (r.envelope.body as { readonly open?: unknown } | null)?.open === current.record.id),
        };
  const votingOpen = opens.current !== undefined || opens.contested.length > 0;
  const creation = state.proposal;
  if (creation === undefined) {
    const why = state.verdicts.get(state.id)?.detail ?? `its creation record is not on this device yet (document ${url})`;
    return { state, votingOpen, vote, detail: undefined, why };
  }
  const kinds = new Map<RecordId, string>(records.map((r) => [r.id, r.envelope.kind]));
  const refused: RefusedRecord[] = [...state.verdicts, ...opens.verdicts]
    .filter(([, verdict]) => !SHOWN.has(verdict.status))
    .map(([id, verdict]) => ({ id, kind: kinds.get(id) ?? "unknown", status: verdict.status, detail: verdict.detail }))
    .sort((a, b) => byText(a.id, b.id));
  const versions = versionsOf(state);
  const detail: Omit<ProposalDetail, "stage"> = {
    id: state.id,
    document: creation.body.document,
    chapter: creation.body.chapter,
    title: creation.body.title,
    author: creation.record.envelope.signer,
    at: creation.record.envelope.at,
    versions,
    comments: [...state.comments.values()]
      .map(({ record, body }): CommentEntry => ({ id: record.id, version: body.version, text: body.text, replyTo: body.replyTo, signer: record.envelope.signer, at: record.envelope.at }))
      .sort(byTime),
    amendments: amendmentsOf(state, opens, versions),
    refused,
    vote,
  };
  return { state, votingOpen, vote, detail, why: "" };
}

/** Valid versions by n, then id (P3.3). */
function versionsOf(state: ProposalState): VersionEntry[] {
  return [...state.versions.values()]
    .map(({ record, body, textHash }) => ({
      id: record.id,
      n: body.n,
      text: body.text,
      options: body.options.map(({ id, label }) => ({ id, label })),
      accepts: [...body.accepts],
      textHash,
      signer: record.envelope.signer,
      at: record.envelope.at,
    }))
    .sort((a, b) => a.n - b.n || byText(a.id, b.id));
}

/** Valid amendments by claimed time, each with its state (P6.2), the version that accepted it and its earliest rejection. */
function amendmentsOf(state: ProposalState, opens: OpenJudgement, versions: readonly VersionEntry[]): AmendmentEntry[] {
  const votedOn = new Set<RecordId>([...opens.valid.values()].flatMap((open) => (open.body.amendment === null ? [] : [open.body.amendment])));
  const states = new Map(amendmentStates(state, votedOn).map((entry) => [entry.id, entry.state]));
  const rejections = [...state.rejects.values()]
    .map(({ record, body }) => ({ id: record.id, amendment: body.amendment, reason: body.reason, signer: record.envelope.signer, at: record.envelope.at }))
    .sort(byTime);
  return [...state.amendments.values()]
    .map(({ record, body }): AmendmentEntry => {
      const rejection = rejections.find((r) => r.amendment === record.id);
      return {
        id: record.id,
        version: body.version,
        change: body.change.type === "text" ? { type: "text", text: body.change.text } : { type: "option", option: { ...body.change.option } },
        reason: body.reason,
        signer: record.envelope.signer,
        at: record.envelope.at,
        state: states.get(record.id) ?? "proposed",
        acceptedIn: versions.find((v) => v.accepts.includes(record.id))?.id ?? null,
        rejection: rejection === undefined ? null : { id: rejection.id, reason: rejection.reason, signer: rejection.signer, at: rejection.at },
      };
    })
    .sort(byTime);
}
