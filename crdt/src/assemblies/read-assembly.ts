/**
 * Reading one assembly through the chokepoint (PROTOCOL.md D3, AS), from plain snapshots (D5), as
 * a device shows it. Pass 1 reads the organisation's documents and the Assembly document for the
 * rosters every record is judged in (P1.3); the convening record is judged beside its chapter's
 * events (AS2); pass 2 reads the Assembly document with AS3–AS6 as its authorisation step (D3.8).
 * The minutes (AS10.4) are drafted only when asked for (`readAssemblyMinutes`): drafting them
 * walks the records again and hashes their text, and only the minutes screen shows them.
 */
import { readSnapshot } from "../chokepoint/read-document.js";
import { ASSEMBLY_DOCUMENT } from "../documents/assembly.js";
import { electorate } from "../membership/electorate.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import { organisationDocuments, signedRecordsOf, type LocatedSnapshot, type OrganisationSnapshots } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { judgeEvents, type ChapterEvent } from "../events/judge-events.js";
import { assemblyView, type AssemblyView } from "./assembly-view.js";
import { judgeAssembly } from "./judge-assembly.js";
import { judgeConvenings, type Convening } from "./judge-convening.js";
import { judgeMinutes } from "./judge-minutes.js";
import { minutesState, type MinutesState } from "./assembly-minutes.js";
import { paperResults, type PaperResult } from "./paper-results.js";
import { presencePanel, type PresencePanel } from "./presence-panel.js";
import { proxiesPresent } from "./proxies-present.js";

/** What reading an assembly gives. */
export interface AssemblyRead {
  /** The valid convening record, or null when this device holds none (yet). */
  readonly convening: Convening | null;
  /** Its event as it stands, or null. */
  readonly event: ChapterEvent | null;
  /** The view of its valid records (empty without a convening). */
  readonly view: AssemblyView | null;
  readonly panel: PresencePanel | null;
  /** Its paper and show-of-hands results (AS9); empty without a view. */
  readonly results: readonly PaperResult[];
  /** How many values of the Assembly document were not counted (forged, damaged, replayed, by a non-member). */
  readonly refused: number;
}

/** What reading an assembly with its minutes gives. */
export interface AssemblyMinutesRead extends AssemblyRead {
  /** Its minutes (AS10), null without a view. */
  readonly minutes: MinutesState | null;
}

/**
 * The assembly `assembly`, its Assembly document `document` (null when not held), at `now` (ms,
 * the device's clock: which delegations have expired, AS5.3), without its minutes.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readAssembly(organisation: OrganisationSnapshots, assembly: RecordId, document: LocatedSnapshot | null, verifier: Verifier, verified: VerifiedIdCache, now: number): Promise<AssemblyRead> {
  const { minutes: _minutes, ...read } = await readWith(false, organisation, assembly, document, verifier, verified, now);
  return read;
}

/**
 * `readAssembly` with the assembly's minutes drafted (AS10.1–AS10.5), for the minutes screen and
 * the signing of them. @throws as `readAssembly`.
 */
export function readAssemblyMinutes(organisation: OrganisationSnapshots, assembly: RecordId, document: LocatedSnapshot | null, verifier: Verifier, verified: VerifiedIdCache, now: number): Promise<AssemblyMinutesRead> {
  return readWith(true, organisation, assembly, document, verifier, verified, now);
}

async function readWith(withMinutes: boolean, organisation: OrganisationSnapshots, assembly: RecordId, document: LocatedSnapshot | null, verifier: Verifier, verified: VerifiedIdCache, now: number): Promise<AssemblyMinutesRead> {
  const own = document === null ? [] : [{ ...document, type: ASSEMBLY_DOCUMENT }];
  const { held, placed, rosters } = await signedRecordsOf([...organisationDocuments(organisation), ...own], verifier, verified);
  const roster = rosters.foldAll().roster;
  const record = held.get(assembly);
  const chapter = (record?.envelope.kind === "assembly" ? (record.envelope.body as { chapter?: unknown }).chapter : undefined) as ChapterId | undefined;
  const chapterUrl = chapter === undefined ? undefined : roster.chapters.get(chapter)?.document;
  const inChapter = [...(chapterUrl === undefined ? [] : (placed.get(chapterUrl) ?? []))].flatMap((id) => held.get(id) ?? []);
  const events = chapter === undefined ? [] : judgeEvents(chapter, inChapter, rosters).events;
  const convening = chapter === undefined ? undefined : judgeConvenings(chapter, inChapter, new Set(events.map((event) => event.id)), rosters).assemblies.get(assembly);
  if (document === null || convening === undefined) return { convening: convening ?? null, event: events.find((event) => event.id === convening?.event) ?? null, view: null, panel: null, results: [], minutes: null, refused: 0 };
  const seen: { view?: AssemblyView; results?: readonly PaperResult[]; minutes?: MinutesState } = {};
  const read = await readSnapshot(ASSEMBLY_DOCUMENT, document.snapshot, verifier, {
    verified,
    authorise: (records) => {
      const judged = judgeAssembly(assembly, convening, records, rosters);
      seen.view = assemblyView(convening, judged.valid);
      const items = new Set(judged.valid.flatMap(({ body, record }) => (body.kind === "agenda-item" && body.item === null ? [record.id] : [])));
      const said = judgeMinutes(assembly, convening, records, rosters, items);
      seen.results = paperResults(said.valid);
      if (withMinutes) seen.minutes = minutesState(convening, judged.valid, said.valid);
      const valid = (id: RecordId) => judged.verdicts.get(id)?.status === "valid" || said.verdicts.get(id)?.status === "valid";
      return { accepted: records.filter((entry) => valid(entry.id)), rejections: [] };
    },
  });
  const shown = seen.view ?? assemblyView(convening, []);
  const voters = electorate(roster, convening.chapter).map((entry) => entry.key);
  const present = new Set(shown.attendance.filter((entry) => entry.present).map((entry) => entry.member));
  const proxies = proxiesPresent(held.values(), roster, convening.chapter, voters, present, now);
  return {
    convening,
    event: events.find((event) => event.id === convening.event) ?? null,
    view: shown,
    panel: presencePanel(shown.attendance, voters, convening.quorum, proxies.carried.weight),
    results: seen.results ?? [],
    minutes: withMinutes ? (seen.minutes ?? minutesState(convening, [], [])) : null,
    refused: read.rejections.length,
  };
}
