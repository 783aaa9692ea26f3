import { defineService } from "../../../shared/data/define-service.js";
import type { ObservableValue } from "../../../shared/data/observable-value.js";

/** A vote bundle file the member opened (PROTOCOL.md B7): its name and its text, not yet checked. */
export interface OpenedVoteBundle {
  readonly fileName: string;
  readonly text: string;
}

const openedVoteBundle = defineService<ObservableValue<OpenedVoteBundle | undefined>>("useOpenedVoteBundle");

/** Provides the vote bundle file last opened (import, file picker, drop), which the check page shows. */
export const OpenedVoteBundleContext = openedVoteBundle.Context;

/** The vote bundle file last opened, observable and settable. @throws {Error} outside its provider. */
export const useOpenedVoteBundle = openedVoteBundle.use;
