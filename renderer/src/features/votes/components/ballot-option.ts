import type { OptionId } from "@chapterhouse/crdt/tally";

/** One option of an option vote as the member sees it: its id (what a ballot carries) and label. */
export interface BallotOption {
  readonly id: OptionId;
  readonly label: string;
}

/** The label of an option, or its id when the option is not in the list. Never throws. */
export function optionLabel(options: readonly BallotOption[], id: string): string {
  return options.find((option) => option.id === id)?.label ?? id;
}
