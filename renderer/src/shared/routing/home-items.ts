/**
 * What needs the member, on the home screen (docs/ARCHITECTURE.md "Adding a feature"): each
 * feature registers a provider of items (votes: the open votes they have not voted in; proposals:
 * those in deliberation; …) and src/app/features.ts fills the registry; the home screen reads every
 * provider inside one live query per organisation and shows their items grouped and sorted,
 * without knowing the features.
 */
import type { FoldSummary, Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl, MemberKey } from "@chapterhouse/crdt/records";
import type { QueryContext } from "../documents/live-query.js";
import type { Catalogues } from "../i18n/catalogue-types.js";
import { SectionRegistry, type Section } from "./section-registry.js";

/** A group of the home: its heading and its words are the home catalogue's `groups.<group>`. */
export type HomeGroup = keyof Catalogues["home"]["groups"];

/** One thing that needs the member. */
export interface HomeItem {
  /** Unique in its group (a record id). */
  readonly key: string;
  /** The chapter it is in (the home shows where in the tree). */
  readonly chapter: ChapterId;
  /** What it is called (a proposal's title). */
  readonly title: string;
  /** Where it is (a hash-route href). */
  readonly href: string;
  /** The time its group sorts by and says (ms since the epoch): a closing time, a claimed time. */
  readonly at: number;
}

/** The organisation a provider reads, as the membership fold sees it. */
export interface HomeOrganisation {
  readonly url: DocumentUrl;
  readonly roster: Roster;
  readonly fold: FoldSummary;
  /** Its Chapter documents held on this device. */
  readonly chapters: readonly DocumentUrl[];
}

/** What a provider's read is given. */
export interface HomeReadContext {
  /** The live query's context: the documents a provider follows beyond the organisation's. */
  readonly query: QueryContext;
  readonly organisation: HomeOrganisation;
  /** The chapters the member belongs to, at every level (M11.1: their own and every chapter above). */
  readonly mine: readonly ChapterId[];
  readonly member: MemberKey;
  /** When the member last saw the home before this session; undefined if never. */
  readonly since: number | undefined;
  /** The device clock (ms since the epoch). */
  readonly now: number;
}

/** Reads a provider's items in one organisation. Rejects only on a fault (a worker failure), never on content. */
export type HomeItemsReader = (context: HomeReadContext) => Promise<readonly HomeItem[]>;

/** A feature's items on the home. */
export interface HomeItemsProvider extends Section {
  readonly id: HomeGroup;
  /** "soonest": the earliest `at` first (what closes next); "latest": the latest first (what is new). */
  readonly sort: "soonest" | "latest";
  /**
   * A React hook (the home screen calls every provider's, in registry order) giving the reader,
   * bound to the feature's own services (its worker handlers).
   */
  readonly useReader: () => HomeItemsReader;
}

/** The home's providers (the home screen reads them, src/app/features.ts fills the registry). */
export const homeItems = new SectionRegistry<HomeItemsProvider>();
