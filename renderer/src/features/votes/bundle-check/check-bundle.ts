/**
 * Checking a vote bundle file (PROTOCOL.md V9–V11), as `chapterhouse verify` does: the text is read
 * by the core's `decodeVoteBundle` (V10.4: no report when it is not a vote bundle, the CLI's exit 2)
 * and verified whole by the core's `verifyVote` (V9: verified, the CLI's exit 0, or problems, exit
 * 1) — the bundle exactly as the file holds it, never filtered to what this device would keep.
 * Besides the report, what a page needs to show it in words: the option labels of the voted
 * version, the deciding chapter's name, the signer of each record the report singles out. Runs in
 * the verification worker; pure but for the verifier it is given.
 */
import { isParsed, parseRecord, type MemberKey, type ParsedRecord } from "@chapterhouse/crdt/records";
import {
  VoteBundleError,
  decodeVoteBundle,
  verifyVote,
  voteReportToCanonical,
  type VoteBundle,
  type VoteReport,
} from "@chapterhouse/crdt/report";
import type { OptionId } from "@chapterhouse/crdt/tally";
import type { Verifier } from "@chapterhouse/crdt/verify";
import { parseVoteBody, type OpenBody } from "@chapterhouse/crdt/votes";
import type { BallotOption } from "../components/ballot-option.js";

/** The file is not a vote bundle (V10.4): no report, as the CLI's exit 2. */
export interface BundleUnreadable {
  readonly type: "unreadable";
  readonly code: VoteBundleError["code"];
  readonly message: string;
}

/** The report of a vote bundle (V9.4) and what the page shows beside it. */
export interface BundleReport {
  readonly type: "report";
  readonly report: VoteReport;
  /** The report as `chapterhouse verify` prints it (canonical JSON, V9.4), without the final line feed. */
  readonly canonical: string;
  /** The deciding chapter's name, from its genesis in the bundle, if readable. */
  readonly chapterName: string | null;
  /** The vote's open, if its body is readable: the rule, times, weights. */
  readonly open: OpenBody | null;
  /** The open's options with the voted version's labels. */
  readonly options: readonly BallotOption[];
  /** The signer of each record the report lists as a problem or note, when its envelope is readable. */
  readonly signers: { readonly [record: string]: MemberKey };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What checking a vote bundle file gives. */
export type BundleCheck = BundleUnreadable | BundleReport;

/**
 * Checks the text of a vote bundle file. Never throws on content.
 * @throws whatever `verifier.verifyBatch` throws (a backend failure, not bad content).
 */
export async function checkBundle(text: string, verifier: Verifier): Promise<BundleCheck> {
  let bundle: VoteBundle;
  try {
    bundle = decodeVoteBundle(text);
  } catch (error) {
    if (error instanceof VoteBundleError)
      return { type: "unreadable", code: error.code, message: error.message };
    throw error;
  }
  const report = await verifyVote(bundle, verifier);
  const record = recordsOf(bundle);
  const openRecord = record(bundle.vote.open);
  const parsedOpen = openRecord === undefined ? undefined : parseVoteBody("open", openRecord.envelope.body);
  const open = parsedOpen?.ok === true && parsedOpen.body.kind === "open" ? parsedOpen.body : null;
  const signers: Record<string, MemberKey> = {};
  for (const entry of [...report.problems, ...report.notes]) {
    const signer = entry.record === null ? undefined : record(entry.record)?.envelope.signer;
    if (entry.record !== null && signer !== undefined) signers[entry.record] = signer;
  }
  return {
    type: "report",
    report,
    canonical: voteReportToCanonical(report),
    chapterName: report.vote.chapter === null ? null : nameOf(record(report.vote.chapter)),
    open,
    options: open === null ? [] : optionsOf(open, record(open.version)),
    signers,
  };
}

/** A lookup of the bundle's readable records by id (the texts stored under their own id). */
function recordsOf(bundle: VoteBundle): (id: string) => ParsedRecord | undefined {
  const texts = new Map<string, string>();
  for (const document of bundle.documents) {
    for (const map of Object.values(document.records))
      for (const [key, text] of Object.entries(map)) if (!texts.has(key)) texts.set(key, text);
  }
  return (id) => {
    const text = texts.get(id);
    const parsed = text === undefined ? undefined : parseRecord(text);
    return parsed !== undefined && isParsed(parsed) && parsed.id === id ? parsed : undefined;
  };
}

function fieldsOf(record: ParsedRecord | undefined): Readonly<Record<string, unknown>> {
  const body: unknown = record?.envelope.body;
  return isObject(body) ? body : {};
}

function nameOf(genesis: ParsedRecord | undefined): string | null {
  const name = fieldsOf(genesis)["name"];
  return genesis?.envelope.kind === "genesis" && typeof name === "string" ? name : null;
}

/** The open's options, labelled as its version labels them (an option the version lacks keeps its id). */
function optionsOf(open: OpenBody, version: ParsedRecord | undefined): BallotOption[] {
  const listed = fieldsOf(version)["options"];
  const labels = new Map<string, string>();
  if (version?.envelope.kind === "version" && Array.isArray(listed)) {
    for (const option of listed as unknown[]) {
      const { id, label } = (typeof option === "object" && option !== null ? option : {}) as {
        id?: unknown;
        label?: unknown;
      };
      if (typeof id === "string" && typeof label === "string") labels.set(id, label);
    }
  }
  return open.options.map((id) => ({ id: id as OptionId, label: labels.get(id) ?? id }));
}

/** Guard at the page's edge: the shape of a check's parts (the report is the worker's own output). Never throws. */
export function isBundleCheck(value: unknown): value is BundleCheck {
  if (!isObject(value)) return false;
  if (value["type"] === "unreadable")
    return typeof value["code"] === "string" && typeof value["message"] === "string";
  return (
    value["type"] === "report" &&
    isObject(value["report"]) &&
    typeof value["canonical"] === "string" &&
    (value["chapterName"] === null || typeof value["chapterName"] === "string") &&
    (value["open"] === null || isObject(value["open"])) &&
    Array.isArray(value["options"]) &&
    isObject(value["signers"])
  );
}
