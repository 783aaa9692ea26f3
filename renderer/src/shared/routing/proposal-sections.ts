import type { ComponentType } from "react";
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

/** What a feature adds to a proposal's page, below its text and discussion (the vote). */
export type ProposalSection = Section & { readonly Content: ComponentType<ProposalPlace> };

/** The proposal page's sections (the proposal screen shows them, src/app/features.ts fills it). */
export const proposalSections = new SectionRegistry<ProposalSection>();
