/**
 * Which member-name records (PROTOCOL.md M14) the member still has to sign so that every chapter
 * they are a direct member of shows their name: one per such chapter whose document lacks their
 * current name at its `seq`. A new name (a restored identity named differently) takes the next
 * `seq`, so it becomes the current one everywhere (M14.3).
 */
import type { ChapterId, DocumentUrl, MemberKey, Roster } from "@chapterhouse/crdt";
import { currentNames, isMemberName, type NameEntry } from "./member-name.js";

/** One name to sign: into which chapter's document, with which `seq`. */
export interface OwnName {
  readonly chapter: ChapterId;
  readonly document: DocumentUrl;
  readonly name: string;
  readonly seq: number;
}

/** The names `me` (named `name`) has to sign, given the valid entries held (M14.2). Never throws. */
export function ownNamesToSign(roster: Roster, entries: readonly NameEntry[], me: MemberKey, name: string): OwnName[] {
  const signed = name.trim();
  if (!isMemberName(signed)) return [];
  const mine = entries.filter((entry) => entry.key === me);
  const current = currentNames(mine).get(me);
  const seq = current?.name === signed ? current.seq : mine.reduce((max, entry) => Math.max(max, entry.seq), 0) + 1;
  return [...roster.chapters.values()]
    .filter((chapter) => chapter.members.has(me) && !mine.some((entry) => entry.chapter === chapter.id && entry.name === signed && entry.seq === seq))
    .map((chapter) => ({ chapter: chapter.id, document: chapter.document, name: signed, seq }));
}
