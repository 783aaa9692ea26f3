/**
 * The Chapter document type (D1, D4): its record maps, schema and migrations, apart from the
 * Automerge functions that create and migrate one (chapter.ts), so that reading a vote bundle
 * (V10) does not load Automerge.
 */
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("chapter", [
  /** Membership, roles, invites: the Chapter kinds of PROTOCOL.md M1.1. The genesis, with the
   * admission policy, is in the Organisation document. */
  "governance",
  /** The decisions log: final decisions with their proof. */
  "decisions",
  /** Each proposal's signed creation record and its stage hints (P8), so the chapter page lists
   * proposals from this one document. */
  "proposals",
  /** Index entries naming each document's URL. */
  "threads",
  "events",
  "posts",
  "resources",
  "projects",
  /** Dues ledger. */
  "dues",
  /** Mutual-aid board. */
  "aid",
  /** A copy of each member's profile (PROTOCOL.md PF3.2), so member lists show names from this
   * document; display only. */
  "profiles",
  /** Delegations and declines (PROTOCOL.md DG1): the chapter's members' proxies. */
  "delegations",
]);

/**
 * Step 1 → 2 (PF8): the `names` map of M14's `member-name` records, which nothing reads any more,
 * gives way to `profiles`. Adds `profiles` if missing (never replacing what is there, D1.2) and
 * drops `names`.
 */
const profilesStep = {
  from: 1,
  to: 2,
  apply(doc: Record<string, unknown>): void {
    if (doc["profiles"] === undefined) doc["profiles"] = {};
    if (doc["names"] !== undefined) delete doc["names"];
  },
} as const;

/** Step 2 → 3 (DG1): the `delegations` map. Adds it if missing (never replacing what is there, D1.2). */
const delegationsStep = {
  from: 2,
  to: 3,
  apply(doc: Record<string, unknown>): void {
    if (doc["delegations"] === undefined) doc["delegations"] = {};
  },
} as const;

/** The Chapter document (D4): one chapter's governance, decisions, indexes, dues and aid. */
export const CHAPTER_DOCUMENT = defineDocumentType({
  name: "chapter",
  schema: 3,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({})), profilesStep, delegationsStep],
});
