/**
 * A judged proposal (P1–P6) and its opens (V2) turned into what the proposal page shows: plain
 * entries sorted for display, each amendment with its state (P6.2), the records refused with why.
 */
import {
  amendmentStates,
  type OpenJudgement,
  type ParsedRecord,
  type ProposalState,
  type RecordId,
} from "@chapterhouse/crdt";
import type {
  AmendmentEntry,
  CommentEntry,
  CurrentVote,
  ProposalDetail,
  RefusedRecord,
  VersionEntry,
} from "./proposals-read.js";

/** What the judgement establishes, before the stage is known. */
export interface ProposalOutcome {
  readonly state: ProposalState;
  /** A valid open no valid open supersedes exists, current or contested (P7). */
  readonly votingOpen: boolean;
  readonly vote: CurrentVote | null;
  /** Undefined when the creation record is not valid here. */
  readonly detail: Omit<ProposalDetail, "stage"> | undefined;
  /** Why there is no detail. */
  readonly why: string;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Statuses that are not a refusal: passed, or an open a later one replaced or contests. */
const NOT_REFUSED = new Set(["valid", "superseded", "contested"]);

/**
 * Describes a judged proposal. `records` are the records judged (for their kinds, and to find
 * closes of the current open). Never throws.
 */
export function describeProposal(
  state: ProposalState,
  opens: OpenJudgement,
  records: readonly ParsedRecord[],
  url: string,
): ProposalOutcome {
  const kinds = new Map<RecordId, string>(records.map((r) => [r.id, r.envelope.kind]));
  const current = opens.current === undefined ? undefined : opens.valid.get(opens.current);
  const vote: CurrentVote | null =
    current === undefined
      ? null
      : {
          open: current.record.id,
          boxes: [...new Set(current.body.boxes.list.map((box) => box.document))].sort(),
          closeHeld: records.some((r) => r.envelope.kind === "close" && openOf(r) === current.record.id),
        };
  const votingOpen = opens.current !== undefined || opens.contested.length > 0;
  const creation = state.proposal;
  if (creation === undefined) {
    const verdict = state.verdicts.get(state.id);
    const why =
      verdict === undefined
        ? `its creation record is not on this device yet (document ${url})`
        : verdict.detail;
    return { state, votingOpen, vote, detail: undefined, why };
  }
  const refused: RefusedRecord[] = [];
  for (const [id, verdict] of [...state.verdicts, ...opens.verdicts]) {
    if (NOT_REFUSED.has(verdict.status)) continue;
    refused.push({ id, kind: kinds.get(id) ?? "unknown", status: verdict.status, detail: verdict.detail });
  }
  const detail: Omit<ProposalDetail, "stage"> = {
    id: state.id,
    document: creation.body.document,
    chapter: creation.body.chapter,
    title: creation.body.title,
    author: creation.record.envelope.signer,
    at: creation.record.envelope.at,
    versions: versionsOf(state),
    comments: commentsOf(state),
    amendments: amendmentsOf(state, opens),
    refused: refused.sort((a, b) => byText(a.id, b.id)),
    vote,
  };
  return { state, votingOpen, vote, detail, why: "" };
}

function openOf(record: ParsedRecord): unknown {
  const body = record.envelope.body;
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? (body as { readonly open?: unknown }).open
    : undefined;
}

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

function commentsOf(state: ProposalState): CommentEntry[] {
  return [...state.comments.values()]
    .map(({ record, body }) => ({
      id: record.id,
      version: body.version,
      text: body.text,
      replyTo: body.replyTo,
      signer: record.envelope.signer,
      at: record.envelope.at,
    }))
    .sort((a, b) => a.at - b.at || byText(a.id, b.id));
}

function amendmentsOf(state: ProposalState, opens: OpenJudgement): AmendmentEntry[] {
  const votedOn = new Set<RecordId>();
  for (const open of opens.valid.values()) if (open.body.amendment !== null) votedOn.add(open.body.amendment);
  const states = new Map(amendmentStates(state, votedOn).map((s) => [s.id, s.state]));
  const versions = versionsOf(state);
  const rejects = [...state.rejects.values()].sort(
    (a, b) => a.record.envelope.at - b.record.envelope.at || byText(a.record.id, b.record.id),
  );
  return [...state.amendments.values()]
    .map(({ record, body }): AmendmentEntry => {
      const reject = rejects.find((r) => r.body.amendment === record.id);
      return {
        id: record.id,
        version: body.version,
        change:
          body.change.type === "text"
            ? { type: "text", text: body.change.text }
            : { type: "option", option: { ...body.change.option } },
        reason: body.reason,
        signer: record.envelope.signer,
        at: record.envelope.at,
        state: states.get(record.id) ?? "proposed",
        acceptedIn: versions.find((v) => v.accepts.includes(record.id))?.id ?? null,
        rejection:
          reject === undefined
            ? null
            : {
                id: reject.record.id,
                reason: reject.body.reason,
                signer: reject.record.envelope.signer,
                at: reject.record.envelope.at,
              },
      };
    })
    .sort((a, b) => a.at - b.at || byText(a.id, b.id));
}
