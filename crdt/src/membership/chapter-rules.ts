/**
 * The chapter tree (PROTOCOL.md M4 genesis, M5 endorse): checks and effects of the records held in
 * the Organisation document.
 */
import type { ChapterId, RecordId } from "../records/ids.js";
import { LEVELS, type ChapterOnlyBody, type GenesisBody } from "./bodies.js";
import { accept, refuse, type RuleInput, type Verdict } from "./verdict.js";

/** Judges a `genesis` (M4) and, if valid, creates the chapter and the signer's founder grant. Never throws. */
export function applyGenesis({ state, record, isSmallOrderKey }: RuleInput, body: GenesisBody): Verdict {
  const id = record.id as ChapterId;
  const signer = record.envelope.signer;
  if (!body.founders.includes(signer)) return refuse("M4.4", "the signer is not among the founders");
  const small = body.founders.find((key) => isSmallOrderKey(key));
  if (small !== undefined) return refuse("M13.1", `founder ${small} is a small-order key`);
  let grant: RecordId | undefined;
  if (body.parent === null) {
    if (body.level !== "international")
      return refuse("M4.2", "a chapter without a parent must be international");
  } else {
    const parent = state.chapters.get(body.parent);
    if (parent === undefined) return refuse("M4.3", "the parent is not an accepted chapter");
    if (LEVELS.indexOf(body.level) <= LEVELS.indexOf(parent.genesis.level)) {
      return refuse("M4.3", `a ${body.level} cannot be a child of a ${parent.genesis.level}`);
    }
    grant = state.citedMembership(record, body.parent);
    if (grant === undefined)
      return refuse("M4.5", "the signer does not cite a live membership of the parent");
  }
  state.chapters.set(id, { id, genesis: body });
  state.addGrant(record.id, signer, id, true);
  state.joinedFounders.add(`${id} ${signer}`);
  return accept(grant === undefined ? null : { grant, holding: null });
}

/** Judges an `endorse` (M5) and, if valid, gives the co-founder a founder grant. Never throws. */
export function applyEndorse({ state, record }: RuleInput, body: ChapterOnlyBody): Verdict {
  const chapter = state.chapters.get(body.chapter)!;
  const signer = record.envelope.signer;
  if (!chapter.genesis.founders.includes(signer))
    return refuse("M5.1", "the signer is not a founder of the chapter");
  if (state.joinedFounders.has(`${chapter.id} ${signer}`))
    return refuse("M5.2", "this founder has already joined");
  if (state.directGrant(chapter.id, signer) !== undefined)
    return refuse("M5.2", "the founder is already a member");
  let grant: RecordId | undefined;
  if (chapter.genesis.parent !== null) {
    grant = state.citedMembership(record, chapter.genesis.parent);
    if (grant === undefined)
      return refuse("M5.3", "the founder does not cite a live membership of the parent");
  }
  state.addGrant(record.id, signer, chapter.id, true);
  state.joinedFounders.add(`${chapter.id} ${signer}`);
  return accept(grant === undefined ? null : { grant, holding: null });
}
