/**
 * A worker's copy as a vote bundle's document (V10.2), converted once per heads (crdt's one
 * conversion, `bundleDocumentOfSnapshot`), and the chokepoint's verdicts on a bundle document
 * taken from the copy's kept signed read (`signedRecords`, D8) instead of parsing and checking its
 * texts again: a vote judged while its boxes are still being checked (`checkArrivedBoxes`, issue
 * 10) waits for those checks instead of redoing them, and the organisation's records the fold
 * already read are not read again.
 */
import type { VerifiedSnapshot } from "@chapterhouse/crdt/chokepoint";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { bundleDocumentOfSnapshot, type CheckedDocument, type VoteBundleDocument } from "@chapterhouse/crdt/report";
import { signedRecords, type WorkerContext } from "./worker-context.js";

/** The bundle document of the worker's copy of `url` at its heads. @throws {MirrorMissing} if no copy is held. */
export function bundleDocument(context: WorkerContext, url: DocumentUrl): VoteBundleDocument {
  return context.mirrors.derived(url, "bundle", () => bundleDocumentOfSnapshot(url, context.mirrors.snapshot(url)));
}

type Texts = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * The copy's texts by record map and key at its heads, when every value in its record maps is a
 * text and no key holds two; undefined otherwise (a bundle keeps one text of a conflict and leaves
 * out what is no text, V10.2: its verdicts are then not simply the snapshot's).
 */
function plainTexts(context: WorkerContext, url: DocumentUrl): Texts | undefined {
  return context.mirrors.derived(url, "plain texts", () => {
    const texts = new Map<string, Map<string, string>>();
    for (const { map, candidates } of context.mirrors.snapshot(url).maps) {
      const held = new Map<string, string>();
      for (const candidate of candidates) {
        if (!("text" in candidate) || held.has(candidate.key)) return undefined;
        held.set(candidate.key, candidate.text);
      }
      texts.set(map, held);
    }
    return texts;
  });
}

/**
 * The verdicts on `document`'s texts from the verdicts on a snapshot holding them all and maybe
 * more: the chokepoint judges each text on its own (D3.3–D3.6: its parse, its id against its key,
 * its kind, its signature), so those of a subset are the whole's, kept to its keys, in the same order.
 */
function verdictsOf(read: VerifiedSnapshot, texts: Texts, document: VoteBundleDocument): VerifiedSnapshot {
  const maps: { [map: string]: VerifiedSnapshot["maps"][string] } = {};
  for (const [map, records] of Object.entries(read.maps)) {
    const wanted = document.records[map] ?? {};
    const whole = Object.keys(wanted).length === (texts.get(map)?.size ?? 0);
    maps[map] = whole ? records : records.filter((record) => Object.hasOwn(wanted, record.id));
  }
  const rejections = read.rejections.filter((rejection) => document.records[rejection.map] !== undefined && Object.hasOwn(document.records[rejection.map]!, rejection.key));
  return { maps, rejections };
}

/**
 * The verdicts a judgement may take for a bundle document: when every text it holds is the one the
 * worker's copy holds under that key now, and the copy is plain, the copy's kept signed read (made
 * now if none is, and shared with whatever reads the copy next) kept to those texts; otherwise
 * none (the judgement checks the document itself).
 */
export function keptChecks(context: WorkerContext): CheckedDocument {
  return (document) => {
    if (!context.mirrors.holds(document.url)) return undefined;
    const texts = plainTexts(context, document.url);
    if (texts === undefined) return undefined;
    for (const [map, records] of Object.entries(document.records)) {
      const held = texts.get(map);
      if (held === undefined) return undefined;
      for (const key of Object.keys(records)) if (held.get(key) !== records[key]) return undefined;
    }
    return signedRecords(context, document.url).then((read) => verdictsOf({ maps: read.verified, rejections: read.rejections }, texts, document));
  };
}
