/**
 * Reading a proposal's votes (PROTOCOL.md V9): the core's `verifyVote` over the vote bundle of
 * the vote shown (`voteBundleFor`), and what the screens need besides the report, read from the
 * records the report vouches for: the versions a vote can be opened on, every open, the members'
 * current ballots, the closes, the close a facilitator can sign now and, when the current close
 * missed valid ballots, the superseding close (V5.7). Runs in the verification worker; pure but
 * for the verifier it is given.
 */
import {
  BALLOT_BOX_DOCUMENT,
  isParsed,
  mapOfKind,
  mergeDocuments,
  parseRecord,
  parseVoteBody,
  tally,
  tallyRule,
  TallyInputError,
  verifyVote,
  contentHash,
  type BallotBody,
  type CloseBody,
  type CountedBody,
  type DocumentUrl,
  type MemberKey,
  type OpenBody,
  type OptionId,
  type ParsedRecord,
  type RecordId,
  type RecordLine,
  type TallyResult,
  type Verifier,
  type VersionOption,
  type VoteReport,
} from "@chapterhouse/crdt";
import { voteBundleFor } from "./vote-bundle-for.js";
import type {
  BallotSummary,
  BoxCountPlan,
  ClosePlan,
  CloseSummary,
  OpenSummary,
  VersionSummary,
  BoxRecords,
  VoteReadInput,
  VoteReading,
} from "./vote-reading.js";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ballot statuses of eligible ballots (V4.1–V4.7 passed); the current one is among them (V4.8). */
const ELIGIBLE = new Set(["valid", "superseded-seq", "conflicting-seq", "not-counted"]);
/** Statuses that say the text is not the member's record at all. */
const NOT_SIGNED = new Set(["invalid-signature", "non-canonical"]);

interface Held {
  readonly record: ParsedRecord;
  readonly places: { readonly type: string; readonly url: DocumentUrl; readonly map: string }[];
}

/** Every readable record of the documents under its own id (structure only; the report judges them). */
function parseAll(input: VoteReadInput): Map<RecordId, Held> {
  const held = new Map<RecordId, Held>();
  for (const document of mergeDocuments(input.documents)) {
    for (const [map, texts] of Object.entries(document.records)) {
      for (const [key, text] of Object.entries(texts)) {
        const parsed = parseRecord(text);
        if (!isParsed(parsed) || parsed.id !== key) continue;
        const entry = held.get(parsed.id) ?? { record: parsed, places: [] };
        entry.places.push({ type: document.type, url: document.url, map });
        held.set(parsed.id, entry);
      }
    }
  }
  return held;
}

/**
 * The records of the vote's ballot boxes whose signature held (D3.3–D3.6: held under their own id,
 * in the map that holds their kind, and not refused for their bytes or signature by the report),
 * per box and map: what the device keeps in its store and writes back (D8, D9).
 */
function boxRecords(held: ReadonlyMap<RecordId, Held>, statusOf: (id: string) => string | undefined): BoxRecords[] {
  const out = new Map<string, { document: DocumentUrl; map: string; ids: RecordId[] }>();
  for (const { record, places } of held.values()) {
    const status = statusOf(record.id);
    if (status === undefined || NOT_SIGNED.has(status)) continue;
    for (const place of places) {
      if (place.type !== BALLOT_BOX_DOCUMENT.name || mapOfKind(BALLOT_BOX_DOCUMENT, record.envelope.kind) !== place.map) continue;
      const key = `${place.url} ${place.map}`;
      const entry = out.get(key) ?? { document: place.url, map: place.map, ids: [] };
      entry.ids.push(record.id);
      out.set(key, entry);
    }
  }
  return [...out.values()];
}

function voteBody<T>(kind: "open" | "ballot" | "close" | "counted", record: ParsedRecord): T | undefined {
  const parsed = parseVoteBody(kind, record.envelope.body);
  return parsed.ok ? (parsed.body as T) : undefined;
}

/** The tally of `ballots` under the open's rule (V5.9), or null if the tally refuses them. */
function tallyOf(open: OpenBody, report: VoteReport, ballots: readonly { member: MemberKey; choice: unknown }[]): TallyResult | null {
  try {
    return tally({
      rule: tallyRule(open),
      options: open.options as readonly OptionId[],
      electorate: report.electorate?.entries ?? [],
      ballots: ballots.map((b) => ({ member: b.member, choice: b.choice as never })),
    });
  } catch (error) {
    if (error instanceof TallyInputError) return null;
    throw error;
  }
}

/**
 * Reads the votes of `input.proposal`: the report of the open asked for, else of the current
 * open (or the first contested one, or the latest). Never throws on document content.
 * @throws whatever the verifier throws (a backend failure).
 */
export async function readVote(input: VoteReadInput, verifier: Verifier): Promise<VoteReading> {
  const held = parseAll(input);
  const opens = [...held.values()]
    .filter(({ record, places }) => record.envelope.kind === "open" && places.some((p) => p.type === "proposal" && p.map === "votes"))
    .flatMap(({ record }) => {
      const body = voteBody<OpenBody>("open", record);
      return body !== undefined && body.proposal === input.proposal ? [{ record, body }] : [];
    })
    .sort((a, b) => byText(a.record.id, b.record.id));

  // A proposal with no open yet is read with its own id as the open: the report then says only
  // what the proposal is (its versions, author, stage).
  const first = input.open ?? opens[0]?.record.id ?? input.proposal;
  let report = await verifyVote(voteBundleFor(input.documents, input.proposal, first), verifier);
  let target: RecordId | null = input.open;
  if (target === null && opens.length > 0) {
    const latest = [...opens].sort((a, b) => b.record.envelope.at - a.record.envelope.at || byText(a.record.id, b.record.id))[0]!;
    target = report.opens.find((o) => o.status === "valid")?.id ?? report.opens.find((o) => o.status === "contested")?.id ?? latest.record.id;
    if (target !== first) report = await verifyVote(voteBundleFor(input.documents, input.proposal, target), verifier);
  }
  const statuses = new Map<string, RecordLine>(report.records.map((line) => [line.id, line]));
  const statusOf = (id: string) => statuses.get(id)?.status;
  const kept = boxRecords(held, statusOf);

  const creation = held.get(input.proposal)?.record.envelope.body as { document?: unknown } | undefined;
  const versions: VersionSummary[] = report.proposal.versions.flatMap((v) => {
    const body = held.get(v.id)?.record.envelope.body as { text?: unknown; options?: unknown } | undefined;
    if (typeof body?.text !== "string" || !Array.isArray(body.options)) return [];
    const options = body.options as unknown as VersionOption[];
    return [{ id: v.id, n: v.n, text: body.text, options, textHash: contentHash({ text: body.text, options }) }];
  });
  const openSummaries: OpenSummary[] = opens.map(({ record, body }) => ({
    id: record.id,
    status: report.opens.find((o) => o.id === record.id)?.status ?? statusOf(record.id) ?? "malformed",
    signer: record.envelope.signer,
    at: record.envelope.at,
    body,
  }));
  const proposal = {
    id: input.proposal,
    chapter: report.vote.chapter,
    title: report.proposal.title,
    author: report.proposal.author,
    stage: report.proposal.stage,
    document: typeof creation?.document === "string" ? (creation.document as DocumentUrl) : null,
    versions,
  };
  const signers: Record<string, MemberKey> = {};
  for (const entry of [...report.problems, ...report.notes]) {
    const signer = entry.record === null ? undefined : held.get(entry.record)?.record.envelope.signer;
    if (entry.record !== null && signer !== undefined) signers[entry.record] = signer;
  }
  const open = target === null ? undefined : openSummaries.find((o) => o.id === target);
  if (target === null || open === undefined) {
    return {
      proposal,
      opens: openSummaries,
      open: target,
      report: target === null ? null : report,
      ballots: [],
      mine: { current: null, highestSeq: 0 },
      closes: [],
      closePlan: null,
      supersedePlan: null,
      decision: null,
      signers,
      kept,
    };
  }
  return { proposal, opens: openSummaries, open: target, report, signers, kept, ...readBallotsAndCloses(input.member, open, report, held, statusOf) };
}

function readBallotsAndCloses(
  member: MemberKey | null,
  open: OpenSummary,
  report: VoteReport,
  held: ReadonlyMap<RecordId, Held>,
  statusOf: (id: string) => string | undefined,
): Pick<VoteReading, "ballots" | "mine" | "closes" | "closePlan" | "supersedePlan" | "decision"> {
  const boxes = open.body.boxes.list;
  const boxDocuments = new Set<string>(boxes.map((box) => box.document));
  const inBoxes = (entry: Held) => entry.places.some((p) => p.type === "ballot-box" && boxDocuments.has(p.url));
  /** The first box of the open's list whose document holds the record (V5.5: one box per id). */
  const boxOf = (entry: Held) => boxes.findIndex((box) => entry.places.some((p) => p.type === "ballot-box" && p.url === box.document));

  // Ballots answering this open, with the ones each member counts by (V4.8).
  const ballots = [...held.values()].flatMap((entry) => {
    if (entry.record.envelope.kind !== "ballot" || !inBoxes(entry)) return [];
    const body = voteBody<BallotBody>("ballot", entry.record);
    return body !== undefined && body.open === open.id ? [{ entry, body, status: statusOf(entry.record.id) }] : [];
  });
  const summary = (b: (typeof ballots)[number]): BallotSummary => ({
    id: b.entry.record.id,
    member: b.entry.record.envelope.signer,
    seq: b.body.seq,
    choice: b.body.choice,
    at: b.entry.record.envelope.at,
  });
  const currentByMember = new Map<MemberKey, (typeof ballots)[number]>();
  for (const ballot of ballots) {
    if (ballot.status === undefined || !ELIGIBLE.has(ballot.status)) continue;
    const signer = ballot.entry.record.envelope.signer;
    const other = currentByMember.get(signer);
    if (other === undefined || ballot.body.seq > other.body.seq || (ballot.body.seq === other.body.seq && ballot.entry.record.id < other.entry.record.id)) {
      currentByMember.set(signer, ballot);
    }
  }
  const current = [...currentByMember.values()].sort((a, b) => byText(a.entry.record.envelope.signer, b.entry.record.envelope.signer));
  const own = member === null ? [] : ballots.filter((b) => b.entry.record.envelope.signer === member && !NOT_SIGNED.has(b.status ?? ""));
  const mineCurrent = member === null ? undefined : currentByMember.get(member);
  const mine = { current: mineCurrent === undefined ? null : summary(mineCurrent), highestSeq: own.reduce((max, b) => Math.max(max, b.body.seq), 0) };

  // Closes and what each counted, box by box (V5.5, V6.2).
  const closes: CloseSummary[] = report.closes.flatMap((c) => {
    const entry = held.get(c.id);
    const body = entry === undefined ? undefined : voteBody<CloseBody>("close", entry.record);
    if (entry === undefined || body === undefined) return [];
    return [{ id: c.id, status: c.status, signer: entry.record.envelope.signer, at: entry.record.envelope.at, supersedes: c.supersedes, counted: c.counted, result: body.result as unknown as TallyResult }];
  });
  const countedOf = (close: RecordId): Map<string, RecordId[]> => {
    const out = new Map<string, RecordId[]>();
    for (const entry of held.values()) {
      if (entry.record.envelope.kind !== "counted" || statusOf(entry.record.id) !== "valid") continue;
      const body = voteBody<CountedBody>("counted", entry.record);
      if (body?.close === close) out.set(`${body.chapter} ${body.shard}`, [...body.ids]);
    }
    return out;
  };

  const isCurrentOpen = open.status === "valid";
  const byMember = (ids: Iterable<RecordId>) => [...ids].flatMap((id) => {
    const entry = held.get(id);
    const body = entry === undefined ? undefined : voteBody<BallotBody>("ballot", entry.record);
    return entry === undefined || body === undefined ? [] : [{ member: entry.record.envelope.signer, choice: body.choice }];
  });
  const plan = (perBox: readonly BoxCountPlan[], supersedes: RecordId | null, adds: number): ClosePlan | null => {
    const ids = perBox.flatMap((box) => box.ids);
    const result = tallyOf(open.body, report, byMember(ids));
    return result === null ? null : { boxes: perBox, result, supersedes, counted: ids.length, adds };
  };
  const placed = (extra: readonly (typeof ballots)[number][], base: ReadonlyMap<string, RecordId[]>): BoxCountPlan[] =>
    boxes.map((box, i) => {
      const ids = [...(base.get(`${box.chapter} ${box.shard}`) ?? [])];
      for (const ballot of extra) if (boxOf(ballot.entry) === i) ids.push(ballot.entry.record.id);
      return { chapter: box.chapter, shard: box.shard, ids: ids.sort(byText) };
    });

  let closePlan: ClosePlan | null = null;
  let supersedePlan: ClosePlan | null = null;
  if (isCurrentOpen && report.close === null && closes.length === 0) {
    closePlan = plan(placed(current, new Map()), null, 0);
  } else if (isCurrentOpen && report.close !== null) {
    const counted = countedOf(report.close);
    const countedIds = new Set([...counted.values()].flat());
    const countedMembers = new Set(byMember(countedIds).map((b) => b.member));
    const missed = current.filter((b) => b.status === "not-counted" && !countedMembers.has(b.entry.record.envelope.signer));
    if (missed.length > 0) supersedePlan = plan(placed(missed, counted), report.close, missed.length);
  }

  const decisionLine = report.decisions.find((d) => d.status === "valid");
  const decisionRecord = decisionLine === undefined ? undefined : held.get(decisionLine.id)?.record;
  return {
    ballots: current.map(summary),
    mine,
    closes,
    closePlan,
    supersedePlan,
    decision: decisionRecord === undefined ? null : { id: decisionRecord.id, signer: decisionRecord.envelope.signer, at: decisionRecord.envelope.at },
  };
}
