/**
 * The Home entries to sign (PROTOCOL.md D4.1): the member's own notes of where they belong. They
 * cite nothing: a Home document is the member's alone.
 */
import type { ChapterId, DocumentUrl } from "../records/ids.js";
import type { BodyFields, RecordDraft } from "../kinds/record-draft.js";
import { MAX_HOME_RELAYS, type HomeChapterBody, type HomeOrganisationBody } from "./home-bodies.js";

/** An organisation the member belongs to. */
export interface HomeOrganisation {
  readonly organisation: DocumentUrl;
  readonly root: ChapterId;
  readonly name: string;
  /** In any order, with repeats: the entry lists them sorted, the first MAX_HOME_RELAYS. */
  readonly relays: readonly string[];
}

/** A chapter the member joined or founded. */
export interface HomeChapter {
  readonly organisation: DocumentUrl;
  readonly chapter: ChapterId;
  readonly document: DocumentUrl;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A `home-organisation` entry. Never throws. */
export function homeOrganisationDraft(entry: HomeOrganisation): RecordDraft<"home-organisation", BodyFields<HomeOrganisationBody>> {
  const relays = [...new Set(entry.relays)].sort(byText).slice(0, MAX_HOME_RELAYS);
  return { kind: "home-organisation", body: { organisation: entry.organisation, root: entry.root, name: entry.name, relays }, deps: [] };
}

/** A `home-chapter` entry. Never throws. */
export function homeChapterDraft(entry: HomeChapter): RecordDraft<"home-chapter", BodyFields<HomeChapterBody>> {
  return { kind: "home-chapter", body: { organisation: entry.organisation, chapter: entry.chapter, document: entry.document }, deps: [] };
}
