import type { ComponentType } from "react";
import { SectionRegistry, type Section } from "./section-registry.js";

/** What a feature adds to the settings screen (the notifications' choices): a section with its own heading. */
export type SettingsSection = Section & { readonly Content: ComponentType };

/** The settings screen's sections from other features (the settings screen shows them, src/app/features.ts fills it). */
export const settingsSections = new SectionRegistry<SettingsSection>();
