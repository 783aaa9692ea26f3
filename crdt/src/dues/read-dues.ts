/**
 * Reading a chapter's dues through the chokepoint (PROTOCOL.md D3, DU), from plain snapshots of the
 * organisation's documents (D5), as a device shows them: every document read once for what is a
 * signed record at all and where (as proposals and chat rooms are, P1.3), then the chapter's `dues`
 * judged (DU4) and folded (DU5), and the chapters below it judged for what they passed up to it.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { subtreeOf } from "../membership/electorate.js";
import { organisationDocuments, signedRecordsOf, type OrganisationSnapshots } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { PassedUpBody } from "./dues-bodies.js";
import { duesLedger, type DuesLedger } from "./dues-ledger.js";
import { judgeDues } from "./judge-dues.js";

/** Money a chapter below recorded as passed up to this one (DU5.5). */
export interface SentFromBelow {
  /** The chapter below that sent it. */
  readonly chapter: ChapterId;
  readonly id: RecordId;
  readonly at: number;
  readonly body: PassedUpBody;
}

export interface DuesRead {
  readonly ledger: DuesLedger;
  /** Counted `passed-up` entries of the chapters below naming this chapter, newest first. */
  readonly fromBelow: readonly SentFromBelow[];
}

/** The ledger of `chapter` from the records its Chapter document holds. */
function ledgerIn(chapter: ChapterId, held: ReadonlyMap<RecordId, ParsedRecord>, placed: ReadonlyMap<string, ReadonlySet<RecordId>>, rosters: CausalRosters): DuesLedger {
  const document = rosters.foldAll().roster.chapters.get(chapter)?.document;
  const ids = document === undefined ? [] : [...(placed.get(document) ?? [])];
  const records = ids.map((id) => held.get(id)!).filter((record) => record.envelope.kind === "dues-setting" || record.envelope.kind === "ledger-entry");
  return duesLedger(judgeDues({ chapter, held, rosters }, records));
}

/**
 * The dues of `chapter` (DU5) and what the chapters below it passed up to it.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readDues(organisation: OrganisationSnapshots, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache): Promise<DuesRead> {
  const { held, placed, rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  const ledger = ledgerIn(chapter, held, placed, rosters);
  const roster = rosters.foldAll().roster;
  const fromBelow = subtreeOf(roster, chapter)
    .filter((below) => below !== chapter)
    .flatMap((below) =>
      ledgerIn(below, held, placed, rosters).entries.flatMap(({ record, body, status, corrected }) =>
        status === "valid" && corrected === null && body?.entry === "passed-up" && body.to === chapter ? [{ chapter: below, id: record.id, at: record.envelope.at, body }] : [],
      ),
    )
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
  return { ledger, fromBelow };
}

/**
 * What an opener's device shows before a vote with good standing opens (DU8.8): each member's
 * paid-up date over the ledgers of `chapter` and every chapter below it (DU5.2 in each, the latest
 * wins, as DU8.4 takes them), by member. Members never paid are absent.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readPaidUp(organisation: OrganisationSnapshots, chapter: ChapterId, verifier: Verifier, verified: VerifiedIdCache): Promise<Map<MemberKey, string>> {
  const { held, placed, rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  const paid = new Map<MemberKey, string>();
  for (const id of subtreeOf(rosters.foldAll().roster, chapter)) {
    for (const [member, until] of ledgerIn(id, held, placed, rosters).standing) if ((paid.get(member) ?? "") < until) paid.set(member, until);
  }
  return paid;
}
