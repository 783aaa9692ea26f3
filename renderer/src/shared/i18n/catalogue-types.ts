/**
 * The catalogues' shape for TypeScript: every key a component asks for is checked against the
 * English catalogue at compile time (i18next's CustomTypeOptions). A new namespace is one line
 * here beside its JSON files.
 */
import type common from "../../locales/en/common.json";
import type proposals from "../../locales/en/proposals.json";
import type votes from "../../locales/en/votes.json";

/** The English catalogue of each namespace. */
export interface Catalogues {
  readonly common: typeof common;
  readonly proposals: typeof proposals;
  readonly votes: typeof votes;
}

/** A namespace: `common` or a feature's. */
export type Namespace = keyof Catalogues;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Catalogues;
  }
}
