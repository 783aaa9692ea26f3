/**
 * When each proposal's stage was first noted in a Chapter document (PROTOCOL.md P8: the
 * `proposal-stage` hints), as the document holds them: structure only, the earliest claimed time
 * of each (proposal, stage). The bell uses it to follow only the Proposal documents of votes whose
 * stage moved since the device first saw the organisation; the stage itself comes from the judged
 * index, so a hint that is not valid can only make a vote look older (not followed), never add one.
 */
import { parseStageHint } from "@chapterhouse/crdt/proposals";
import { isParsed, parseRecord } from "@chapterhouse/crdt/records";
import type { VoteBundleDocument } from "@chapterhouse/crdt/report";

/** The key of a proposal's stage in `stageNotes`. */
export const stageKey = (proposal: string, stage: string): string => `${proposal} ${stage}`;

/** The earliest claimed time of each stage hint in a Chapter document (its bundle form), by `stageKey`. Never throws. */
export function stageNotes(chapter: VoteBundleDocument): ReadonlyMap<string, number> {
  const notes = new Map<string, number>();
  for (const [key, text] of Object.entries(chapter.records["proposals"] ?? {})) {
    const parsed = parseRecord(text);
    if (!isParsed(parsed) || parsed.id !== key || parsed.envelope.kind !== "proposal-stage") continue;
    const hint = parseStageHint(parsed.envelope.body);
    if (!hint.ok) continue;
    const at = stageKey(hint.body.proposal, hint.body.stage);
    notes.set(at, Math.min(notes.get(at) ?? Infinity, parsed.envelope.at));
  }
  return notes;
}
