/**
 * The vote bundle of one vote from the documents a device holds (PROTOCOL.md V10.2): what a device
 * verifies and what it exports, the same bytes. A device holds more than one vote rests on (other
 * proposals of the chapter, other votes of the proposal, other ballot boxes), and the report
 * judges every record it is given against *this* vote (V9.3), so the bundle keeps only what V10.2
 * lists; a text whose envelope cannot be read is kept wherever it is found in a kept map, so that
 * tampering anywhere shows.
 */
import { isObject, type CanonicalValue } from "../records/canonical.js";
import type { ProposalId, RecordId } from "../records/ids.js";
import { isParsed, parseRecord, type ParsedRecord } from "../records/record.js";
import { assemblyDocumentUrl } from "../assemblies/assembly-document-url.js";
import { mergeDocuments, type VoteBundle, type VoteBundleDocument } from "./vote-bundle.js";

type Texts = { readonly [key: string]: string };

/** The texts of `texts` whose record `wanted` keeps, and every text whose envelope cannot be read. */
function keep(texts: Texts, wanted: (record: ParsedRecord, body: { readonly [member: string]: CanonicalValue }) => boolean): Texts {
  return Object.fromEntries(
    Object.entries(texts).filter(([, text]) => {
      const parsed = parseRecord(text);
      if (!isParsed(parsed)) return true;
      const body = parsed.envelope.body;
      return wanted(parsed, isObject(body) ? body : {});
    }),
  );
}

/**
 * The ballot box documents an open's text lists (`boxes.list[].document`, V2), read loosely so a
 * damaged open still names its boxes; undefined when the text is not a readable open. Never throws.
 */
export function openBoxDocuments(text: string): string[] | undefined {
  const parsed = parseRecord(text);
  if (!isParsed(parsed) || parsed.envelope.kind !== "open") return undefined;
  const body = parsed.envelope.body;
  const boxes = isObject(body) ? body["boxes"] : undefined;
  const list = isObject(boxes) ? boxes["list"] : undefined;
  if (!Array.isArray(list)) return [];
  return (list as readonly CanonicalValue[]).flatMap((entry) => (isObject(entry) && typeof entry["document"] === "string" ? [entry["document"]] : []));
}

/**
 * The sets an open's text names in `member` (`delegations.sets`, DG1.4; `standing.sets`, DU8.1),
 * read loosely as its boxes are; empty when the text is no readable open or has no such member.
 * Never throws.
 */
function openSets(text: string | undefined, member: "delegations" | "standing" | "present"): string[] {
  const sets = openMember(text, member)?.["sets"];
  return Array.isArray(sets) ? (sets as readonly CanonicalValue[]).filter((id): id is string => typeof id === "string") : [];
}

/** The object an open's text holds in `member`, read loosely; undefined when there is none. Never throws. */
function openMember(text: string | undefined, member: string): { readonly [member: string]: CanonicalValue } | undefined {
  const parsed = text === undefined ? undefined : parseRecord(text);
  if (parsed === undefined || !isParsed(parsed) || parsed.envelope.kind !== "open") return undefined;
  const body = parsed.envelope.body;
  const named = isObject(body) ? body[member] : undefined;
  return isObject(named) ? named : undefined;
}

/** AS8.8: the assembly an open's text names in `present.assembly` and its Assembly document's URL, read loosely; undefined when it names none. Never throws. */
export function presentAssembly(text: string | undefined): { id: string; url: string } | undefined {
  const id = openMember(text, "present")?.["assembly"];
  if (typeof id !== "string") return undefined;
  try {
    return { id, url: assemblyDocumentUrl(id as RecordId) };
  } catch {
    return undefined; // Not an id (R2): the open is malformed, and the bundle holds no Assembly document.
  }
}

/** The event an assembly record names (AS2), read loosely from the Chapter documents' `events`. Never throws. */
function assemblyEvent(documents: readonly VoteBundleDocument[], assembly: string): string | undefined {
  for (const document of documents) {
    const text = document.type === "chapter" ? document.records["events"]?.[assembly] : undefined;
    const parsed = text === undefined ? undefined : parseRecord(text);
    const body = parsed !== undefined && isParsed(parsed) ? parsed.envelope.body : undefined;
    if (isObject(body) && typeof body["event"] === "string") return body["event"];
  }
  return undefined;
}

/** The ids the sets `sets` of `kind` list (DG1.3, DU8.1, AS8.1), read loosely from the Proposal documents' `votes`. Never throws. */
function takenIds(documents: readonly VoteBundleDocument[], sets: ReadonlySet<string>, kind: "delegation-set" | "standing-set" | "attendance-set"): Set<string> {
  const taken = new Set<string>();
  for (const document of documents) {
    if (document.type !== "proposal") continue;
    for (const id of sets) {
      const parsed = document.records["votes"]?.[id];
      const record = parsed === undefined ? undefined : parseRecord(parsed);
      if (record === undefined || !isParsed(record) || record.envelope.kind !== kind) continue;
      const body = record.envelope.body;
      const ids = isObject(body) ? body["ids"] : undefined;
      if (Array.isArray(ids)) for (const item of ids as readonly CanonicalValue[]) if (typeof item === "string") taken.add(item);
    }
  }
  return taken;
}

/**
 * The bundle of the vote `open` of `proposal` from `documents` (V10.2): the Organisation documents
 * whole; of each Chapter document `governance` whole, in `proposals` the proposal's creation record
 * and in `decisions` the decisions of this open; the Proposal documents' deliberation maps whole
 * and, in `votes`, every open of the proposal and the records of this open; with delegation
 * (DG6.2), the sets the open names and, in each Chapter document's `delegations`, the records they
 * list; with good standing (DU8.7), its sets and, in each Chapter document's `dues`, the entries
 * they list; for the members present (AS8.8), its sets, the assembly and its event from the Chapter
 * documents' `events` and, in the assembly's own document, the attendance they list; the ballot box
 * documents the open lists, whole. `open` may be an id no record has (a proposal with no open
 * yet): the bundle then holds no ballot box. Never throws.
 */
export function voteBundleFor(documents: readonly VoteBundleDocument[], proposal: ProposalId, open: RecordId): VoteBundle {
  const merged = mergeDocuments(documents);
  const boxes = new Set<string>();
  const sets = new Set<string>();
  const standingSets = new Set<string>();
  const attendanceSets = new Set<string>();
  let assembly: { id: string; url: string } | undefined;
  for (const document of merged) {
    const text = document.type === "proposal" ? document.records["votes"]?.[open] : undefined;
    for (const url of text === undefined ? [] : (openBoxDocuments(text) ?? [])) boxes.add(url);
    for (const id of openSets(text, "delegations")) sets.add(id);
    for (const id of openSets(text, "standing")) standingSets.add(id);
    for (const id of openSets(text, "present")) attendanceSets.add(id);
    assembly ??= presentAssembly(text);
  }
  const taken = takenIds(merged, sets, "delegation-set");
  const entries = takenIds(merged, standingSets, "standing-set");
  const attendance = takenIds(merged, attendanceSets, "attendance-set");
  const convened = new Set(assembly === undefined ? [] : [assembly.id, assemblyEvent(merged, assembly.id) ?? ""]);
  const kept = merged.flatMap((document): VoteBundleDocument[] => {
    const { governance, proposals, decisions, votes, delegations, dues, events } = document.records;
    switch (document.type) {
      case "organisation":
        return [document];
      case "chapter":
        return [
          {
            ...document,
            records: {
              ...(governance === undefined ? {} : { governance }),
              ...(proposals === undefined ? {} : { proposals: keep(proposals, (record) => record.id === proposal) }),
              ...(decisions === undefined ? {} : { decisions: keep(decisions, (_, body) => body["open"] === open) }),
              ...(delegations === undefined || taken.size === 0 ? {} : { delegations: keep(delegations, (record) => taken.has(record.id)) }),
              ...(dues === undefined || entries.size === 0 ? {} : { dues: keep(dues, (record) => entries.has(record.id)) }),
              ...(events === undefined || assembly === undefined ? {} : { events: keep(events, (record) => convened.has(record.id)) }),
            },
          },
        ];
      case "proposal":
        return [
          {
            ...document,
            records: {
              ...document.records,
              ...(votes === undefined ? {} : { votes: keep(votes, (record, body) => (record.envelope.kind === "open" ? body["proposal"] === proposal : record.envelope.kind === "delegation-set" ? sets.has(record.id) : record.envelope.kind === "standing-set" ? standingSets.has(record.id) : record.envelope.kind === "attendance-set" ? attendanceSets.has(record.id) : body["open"] === open)) }),
            },
          },
        ];
      case "ballot-box":
        return boxes.has(document.url) ? [document] : [];
      case "assembly": {
        const held = document.records["attendance"];
        return document.url !== assembly?.url || held === undefined ? [] : [{ ...document, records: { attendance: keep(held, (record) => attendance.has(record.id)) } }];
      }
      default:
        return [];
    }
  });
  return { vote: { proposal, open }, documents: mergeDocuments(kept) };
}
