import type { MemberKey } from "@chapterhouse/crdt/records";
import type { ComponentType } from "react";
import { SectionRegistry, type Section } from "./section-registry.js";

/** The member a member action is shown for, on their page in an organisation. */
export interface MemberPlace {
  /** The Organisation document's id. */
  readonly organisation: string;
  readonly member: MemberKey;
}

/** What a feature adds to another member's page: an action about them ("Send a message"). */
export type MemberAction = Section & { readonly Content: ComponentType<MemberPlace> };

/** The member page's actions (the profiles' member screen shows them, src/app/features.ts fills it). */
export const memberActions = new SectionRegistry<MemberAction>();
