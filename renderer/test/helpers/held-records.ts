import { recordTextOf } from "@chapterhouse/crdt/chokepoint";
import { isParsed, parseRecord, type DocumentUrl, type ParsedRecord } from "@chapterhouse/crdt/records";
import type { MemberSpace, OrganisationView } from "../../src/features/organisation/index.js";

/**
 * Every record the organisation's documents hold on this device (its Organisation document and
 * each Chapter document of its roster), parsed: what a test gives a judge's causal rosters (the page
 * holds only a summary of the fold, not its accepted records).
 */
export function heldRecords(space: MemberSpace, view: OrganisationView): ParsedRecord[] {
  const urls: DocumentUrl[] = [view.url, ...[...view.roster.chapters.values()].map((chapter) => chapter.document)];
  const records: ParsedRecord[] = [];
  for (const url of urls) {
    const doc = space.documents.handle(url)?.doc() as Record<string, unknown> | undefined;
    for (const map of Object.values(doc ?? {})) {
      if (typeof map !== "object" || map === null) continue;
      for (const value of Object.values(map)) {
        const text = recordTextOf(value);
        const parsed = text === undefined ? undefined : parseRecord(text);
        if (parsed !== undefined && isParsed(parsed)) records.push(parsed);
      }
    }
  }
  return records;
}
