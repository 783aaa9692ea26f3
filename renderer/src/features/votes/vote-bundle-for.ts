/**
 * The vote bundle of one vote (PROTOCOL.md V10.2) from the documents a device holds: what the
 * verifier reads on this device and what the export writes, the same bytes.
 *
 * A device holds more than one vote rests on: other proposals of the chapter, other votes of the
 * proposal, other ballot boxes. The report judges every vote record it is given against *this*
 * vote (V9.3), so records of other votes would show as problems here though they are fine where
 * they belong. So the bundle keeps, per document:
 * - Organisation documents: everything;
 * - Chapter documents: `governance`; `proposals` entries of this proposal; `decisions` naming
 *   this open; nothing else (threads, events… are not part of a vote);
 * - the Proposal document: its deliberation maps whole; in `votes`, every open of the proposal
 *   (V2.8 needs them all) and the closes of this open;
 * - Ballot box documents: those the open lists, whole.
 * A text whose envelope cannot be read is kept wherever it is found in a kept map: tampering
 * anywhere must show.
 */
import {
  isParsed,
  mergeDocuments,
  parseRecord,
  type CanonicalValue,
  type ProposalId,
  type RecordId,
  type VoteBundle,
  type VoteBundleDocument,
} from "@chapterhouse/crdt";

/** The body members a filter looks at, if the text is a readable record. */
function bodyOf(text: string): { kind: string; body: Readonly<Record<string, CanonicalValue>>; id: string } | undefined {
  const parsed = parseRecord(text);
  if (!isParsed(parsed)) return undefined;
  const body = parsed.envelope.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { kind: parsed.envelope.kind, body: {}, id: parsed.id };
  return { kind: parsed.envelope.kind, body: body as Readonly<Record<string, CanonicalValue>>, id: parsed.id };
}

function keep(texts: Readonly<Record<string, string>>, wanted: (record: NonNullable<ReturnType<typeof bodyOf>>) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(texts)) {
    const record = bodyOf(text);
    if (record === undefined || wanted(record)) out[key] = text;
  }
  return out;
}

/** The box documents an open lists, read from its text (undefined if it is not an open). */
export function openBoxDocuments(text: string): string[] | undefined {
  const record = bodyOf(text);
  if (record?.kind !== "open") return undefined;
  const boxes = record.body["boxes"];
  if (typeof boxes !== "object" || boxes === null || Array.isArray(boxes)) return [];
  const list = (boxes as Record<string, CanonicalValue>)["list"];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const document = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? (entry as Record<string, CanonicalValue>)["document"] : undefined;
    return typeof document === "string" ? [document] : [];
  });
}

/**
 * The bundle of the vote `open` of `proposal` from `documents` (see above). `open` may be an id no
 * record has (a proposal with no open yet): the bundle then holds no ballot box. Never throws.
 */
export function voteBundleFor(documents: readonly VoteBundleDocument[], proposal: ProposalId, open: RecordId): VoteBundle {
  const merged = mergeDocuments(documents);
  const openText = merged.filter((d) => d.type === "proposal").map((d) => d.records["votes"]?.[open]).find((text) => text !== undefined);
  const boxes = new Set(openText === undefined ? [] : (openBoxDocuments(openText) ?? []));
  const out: VoteBundleDocument[] = [];
  for (const document of merged) {
    const records = document.records;
    switch (document.type) {
      case "organisation":
        out.push(document);
        break;
      case "chapter":
        out.push({
          ...document,
          records: {
            ...(records["governance"] === undefined ? {} : { governance: records["governance"] }),
            ...(records["proposals"] === undefined ? {} : { proposals: keep(records["proposals"], (r) => r.id === proposal) }),
            ...(records["decisions"] === undefined ? {} : { decisions: keep(records["decisions"], (r) => r.body["open"] === open) }),
          },
        });
        break;
      case "proposal": {
        const votes = records["votes"];
        out.push({
          ...document,
          records: {
            ...records,
            ...(votes === undefined ? {} : { votes: keep(votes, (r) => r.kind === "open" ? r.body["proposal"] === proposal : r.body["open"] === open) }),
          },
        });
        break;
      }
      case "ballot-box":
        if (boxes.has(document.url)) out.push(document);
        break;
      default:
        break;
    }
  }
  return { vote: { proposal, open }, documents: mergeDocuments(out) };
}
