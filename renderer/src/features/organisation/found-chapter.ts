import * as A from "@automerge/automerge";
import { CHAPTER_DOCUMENT, createChapterDoc } from "@chapterhouse/crdt/documents";
import {
  FACILITATOR,
  LEVELS,
  depsWithFrontier,
  genesisDraft,
  memberGrant,
  roleDraft,
  type AdmissionPolicy,
  type Level,
  type Place,
} from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import type { MemberSpace } from "./member-space.js";
import type { OpenOrganisation } from "./open-organisation.js";

/** What a member says when founding a sub-chapter. */
export interface FoundChapterInput {
  readonly parent: ChapterId;
  readonly name: string;
  readonly level: Level;
  readonly place: Place | null;
  readonly admission: AdmissionPolicy;
}

/** Levels a child of a chapter at `level` may have (M4.3: strictly lower; skipping is allowed). */
export function levelsBelow(level: Level): Level[] {
  return LEVELS.slice(LEVELS.indexOf(level) + 1);
}

/**
 * Founds a sub-chapter (PROTOCOL.md M4.3–M4.5): a new Chapter document; its genesis in the
 * Organisation document citing the parent and the member's grant there (member authority over
 * the parent); the founder's appointment of themself as facilitator (M9.2); a Home entry.
 * @throws {Error} with a sentence for the member if they are not a member of the parent, the
 *   level is not below the parent's, or the identity is locked.
 */
export async function foundChapter(space: MemberSpace, organisation: OpenOrganisation, input: FoundChapterInput): Promise<ChapterId> {
  const me = space.member.key;
  const view = await organisation.refresh();
  const parent = view.roster.chapters.get(input.parent);
  if (parent === undefined || view.fold === undefined) throw new Error("The parent chapter is not known on this device yet.");
  if (!levelsBelow(parent.level).includes(input.level)) throw new Error(`A chapter under a ${parent.level} chapter must be at a lower level.`);
  const grant = memberGrant(view.roster, input.parent, me);
  if (grant === undefined) throw new Error(`Only members of ${parent.name} can found a chapter under it.`);
  const document = space.documents.create(CHAPTER_DOCUMENT, A.save(createChapterDoc()), organisation.url);
  const { name, level, place, admission } = input;
  const genesis = await space.signDraft(
    genesisDraft({ name, level, parent: input.parent, place, document, admission, founders: [me] }, depsWithFrontier(view.fold, input.parent, [input.parent, grant])),
  );
  const chapter = genesis.id as ChapterId;
  const facilitator = await space.signDraft(roleDraft({ chapter, member: me, role: FACILITATOR, grant: true, decision: null }));
  await space.documents.write(organisation.url, "chapters", [genesis]);
  await space.documents.write(document, "governance", [facilitator]);
  await space.rememberChapter({ organisation: organisation.url, chapter, document });
  return chapter;
}
