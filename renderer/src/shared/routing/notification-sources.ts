/**
 * Notifications, computed on this device from what synced (docs/ARCHITECTURE.md "Notifications"):
 * each feature registers a source of notifications (votes: a vote opened or closed, a decision
 * recorded; proposals: a new proposal; chat: a mention, a reply in a thread; the forum: a post in a
 * watched topic or category; messages: a direct message not yet read; events: a new event, a
 * reminder) and src/app/features.ts fills the registry; the bell and the list read every source
 * inside one live query per organisation, without knowing the features. Nothing of it is sent.
 */
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import type { HomeReadContext } from "./home-items.js";
import { SectionRegistry, type Section } from "./section-registry.js";

/**
 * Every kind of notification, in the order settings list them. A kind is shown in settings once a
 * registered source gives it (mentions, replies, direct messages and events come with their features).
 */
export const NOTIFICATION_KINDS = Object.freeze(["mention", "direct-message", "reply", "vote-opened", "vote-closed", "decision", "proposal", "forum-post", "event"] as const);

/** A kind of notification: its words are the notifications catalogue's `kinds.<kind>`. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The kinds a member cannot turn off: what is addressed to them alone. */
export const ALWAYS_ON: ReadonlySet<NotificationKind> = new Set(["mention", "direct-message"]);

/** One notification, as a source gives it. */
export interface NotificationItem {
  /** Unique across every source (a record id). */
  readonly key: string;
  readonly kind: NotificationKind;
  /** The chapter it happened in; null for what is in none (a direct message). */
  readonly chapter: ChapterId | null;
  /** What it is about (a proposal's title). */
  readonly title: string;
  /** Where it is (a hash-route href). */
  readonly href: string;
  /** When it happened: the claimed time of its record (ms since the epoch). */
  readonly at: number;
  /** Who did it (its record's signer): a member is not notified of what they did. */
  readonly by: MemberKey;
}

/**
 * What a source's read is given: the home's context (the organisation as the fold sees it, the
 * member's chapters, the member, the clock), where `since` is when this device first saw the
 * organisation (NOTE1: what happened before is not new).
 */
export type NotificationReadContext = HomeReadContext & { readonly since: number };

/** Reads a source's notifications in one organisation. Rejects only on a fault (a worker failure), never on content. */
export type NotificationReader = (context: NotificationReadContext) => Promise<readonly NotificationItem[]>;

/** A feature's notifications. */
export interface NotificationSource extends Section {
  /** The kinds it gives (settings show these). */
  readonly kinds: readonly NotificationKind[];
  /**
   * A React hook (every reader of notifications calls every source's, in registry order) giving
   * the reader, bound to the feature's own services (its worker handlers).
   */
  readonly useReader: () => NotificationReader;
}

/** The notification sources (the notifications feature reads them, src/app/features.ts fills the registry). */
export const notificationSources = new SectionRegistry<NotificationSource>();
