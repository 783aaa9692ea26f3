import type { ComponentType } from "react";
import type { TextKey } from "../i18n/text-key.js";
import { SectionRegistry, type Section } from "./section-registry.js";

/** The proposal a proposal section is shown for. */
export interface ProposalPlace {
  /** The Organisation document's id. */
  readonly organisation: string;
  /** The deciding chapter (the proposal's chapter). */
  readonly chapter: string;
  /** The proposal's id (its creation record's id). */
  readonly proposal: string;
  /** The Proposal document's URL. */
  readonly proposalUrl: string;
}

/**
 * What a feature adds to a proposal's page: one view of its own (the vote), a tab after the
 * proposal's text and discussion, at the proposal's address followed by `/<id>`. `title` names
 * the tab.
 */
export type ProposalSection = Section & { readonly title: TextKey; readonly Content: ComponentType<ProposalPlace> };

/** The proposal page's sections (the proposal screen shows them, src/app/features.ts fills it). */
export const proposalSections = new SectionRegistry<ProposalSection>();
