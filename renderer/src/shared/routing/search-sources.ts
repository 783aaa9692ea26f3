/**
 * Search over what is on this device (docs/ARCHITECTURE.md "Search"): each feature registers a
 * source of searchable items — proposals, forum topics and their posts, events, blog posts and
 * lessons by their text and their comments, resources, projects and tasks, members, chat messages,
 * private messages the member can read — and src/app/features.ts fills the registry. The search feature reads every source inside one live query per organisation and has
 * the worker index what they give; the page never builds the index. Nothing of it is sent.
 */
import type { ChapterId } from "@chapterhouse/crdt/records";
import type { HomeReadContext } from "./home-items.js";
import { SectionRegistry, type Section } from "./section-registry.js";

/** One thing a member can find. */
export interface SearchItem {
  /** Unique across every source (a record id). */
  readonly key: string;
  /** What it is: its words are the search catalogue's `kinds.<kind>` (`proposal`, `message`…). */
  readonly kind: string;
  /** The chapter it is in; null for what is in none (a private message). */
  readonly chapter: ChapterId | null;
  /** Its title, or the start of its text. */
  readonly title: string;
  /** The rest of its words (a proposal's text, a post's body); may be empty. */
  readonly text: string;
  /** Where it is (a hash-route href). */
  readonly href: string;
  /** When it was written or last changed (ms since the epoch). */
  readonly at: number;
}

/** How much of a message a result's title shows. */
const EXCERPT = 80;

/** The start of `text` as a result's title shows it (a message, a post, a comment). Never throws. */
export const searchExcerpt = (text: string): string => (text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 1)}…`);

/**
 * Reads a source's items in one organisation, only what the member can read: an item hidden by
 * a moderator, deleted, or that this device cannot decrypt is never given. Rejects only on a
 * fault (a worker failure), never on content.
 */
export type SearchReader = (context: HomeReadContext) => Promise<readonly SearchItem[]>;

/** A feature's searchable items. */
export interface SearchSource extends Section {
  /** The kinds it gives. */
  readonly kinds: readonly string[];
  /** A React hook (the search calls every source's, in registry order) giving the reader, bound to the feature's services. */
  readonly useReader: () => SearchReader;
}

/** The search sources (the search feature reads them, src/app/features.ts fills the registry). */
export const searchSources = new SectionRegistry<SearchSource>();
