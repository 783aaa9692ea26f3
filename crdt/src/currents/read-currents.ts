/**
 * Reading an organisation's currents and one current's discussion through the chokepoint
 * (PROTOCOL.md D3, CU), from plain snapshots (D5): pass 1 reads the organisation's documents and
 * the Currents document for the rosters and causal pasts (CU2.3, CU2.4, CU7); the Currents document is read with the current rules as its
 * authorisation step (D3.8); a current's pages with the chat rules (CU5).
 */
import { readSnapshot } from "../chokepoint/read-document.js";
import { ownOriginAuthorise } from "../chat/own-origin-authorise.js";
import { readRoomPages, type PageSnapshot, type RoomRead } from "../chat/read-room.js";
import { CURRENTS_DOCUMENT } from "../documents/currents.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { organisationDocuments, signedRecordsOf, type LocatedSnapshot, type OrganisationSnapshots } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { currentRoom } from "./current-room.js";
import { judgeCurrents, type Current, type CurrentsJudgement } from "./judge-currents.js";

/** A current's discussion read (CU5), and the current (null when it is not a valid current). */
export interface CurrentRead extends RoomRead {
  readonly current: Current | null;
}

async function judged(organisation: OrganisationSnapshots, root: ChapterId, currents: LocatedSnapshot | undefined, verifier: Verifier, verified: VerifiedIdCache) {
  // The Currents document's records join pass 1: a join's causal past holds the current it names (CU2.3).
  const documents = [...organisationDocuments(organisation), ...(currents === undefined ? [] : [{ ...currents, type: CURRENTS_DOCUMENT }])];
  const { rosters } = await signedRecordsOf(documents, verifier, verified);
  let judgement: CurrentsJudgement = { verdicts: new Map(), currents: [] };
  const held = new Map<RecordId, ParsedRecord>();
  if (currents !== undefined)
    await readSnapshot(CURRENTS_DOCUMENT, currents.snapshot, verifier, {
      verified,
      authorise: (records) => {
        judgement = judgeCurrents(root, records, rosters);
        for (const record of records) held.set(record.id, record);
        // What is not accepted is refused by the chokepoint as unauthorised; its verdict says why.
        return { accepted: records.filter((record) => judgement.verdicts.get(record.id)?.status === "valid"), rejections: [] };
      },
    });
  return { judgement, held, rosters };
}

/**
 * The currents of the organisation whose root chapter is `root` (CU7), from its Currents document
 * `currents` (CU1; none yet when undefined), and every record's verdict.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readCurrents(organisation: OrganisationSnapshots, root: ChapterId, currents: LocatedSnapshot | undefined, verifier: Verifier, verified: VerifiedIdCache): Promise<CurrentsJudgement> {
  return (await judged(organisation, root, currents, verifier, verified)).judgement;
}

/**
 * The current `id` and what the pages given of its discussion show (CU5, CH9, CH10), as `readRoom`
 * reads a room: the messages of pages below `from` are left out of the timeline.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readCurrent(
  organisation: OrganisationSnapshots,
  root: ChapterId,
  currents: LocatedSnapshot | undefined,
  id: RecordId,
  pages: readonly PageSnapshot[],
  from: number,
  verifier: Verifier,
  verified: VerifiedIdCache,
): Promise<CurrentRead> {
  const { judgement, held, rosters } = await judged(organisation, root, currents, verifier, verified);
  const current = judgement.currents.find((entry) => entry.id === id) ?? null;
  const room = current === null ? null : currentRoom(root, current);
  return { ...(await readRoomPages(room, current === null ? undefined : held.get(id), pages, from, rosters, verifier, verified, ownOriginAuthorise("current"))), current };
}
