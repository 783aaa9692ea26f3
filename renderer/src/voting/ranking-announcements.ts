import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";

/**
 * What a screen reader hears while a ranking changes. Positions count from 1; "of n" is the
 * number of ranked options. Pure: built from the current ranking and a label lookup.
 */

/** Read out when a drag handle gets focus (dnd-kit's instructions). */
export const RANKING_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    "To move this option, press Space or Enter to pick it up, then the up and down arrow keys to move it, and Space or Enter to drop it, or Escape to cancel. The Move up and Move down buttons do the same one step at a time.",
};

/** Whether the option being dragged has left its starting place yet; one per ranking (a React ref). */
export interface DragProgress {
  moved: boolean;
}

/**
 * The announcements of dnd-kit's drag and drop, in words about positions in the ranking. dnd-kit
 * reports the dragged option over its own place right after pick-up; that is not announced, so
 * the pick-up is not talked over, but coming back to the starting place later is. Never throws.
 */
export function dragAnnouncements(ranked: readonly string[], label: (id: string) => string, progress: DragProgress): Announcements {
  const total = ranked.length;
  const position = (id: string | number): number => ranked.indexOf(String(id)) + 1;
  return {
    onDragStart: ({ active }) => {
      progress.moved = false;
      return `Picked up ${label(String(active.id))}, at position ${position(active.id)} of ${total}.`;
    },
    onDragOver: ({ active, over }) => {
      if (over !== null && over.id === active.id && !progress.moved) return undefined;
      progress.moved = true;
      return over === null
        ? `${label(String(active.id))} is no longer over the ranking.`
        : `${label(String(active.id))} is over position ${position(over.id)} of ${total}.`;
    },
    onDragEnd: ({ active, over }) =>
      over === null
        ? `${label(String(active.id))} dropped back at position ${position(active.id)} of ${total}.`
        : `${label(String(active.id))} dropped at position ${position(over.id)} of ${total}.`,
    onDragCancel: ({ active }) => `Moving cancelled. ${label(String(active.id))} stays at position ${position(active.id)} of ${total}.`,
  };
}

/** After a move up or down by a button. Never throws. */
export function movedAnnouncement(optionLabel: string, direction: "up" | "down", newPosition: number, total: number): string {
  return `${optionLabel} moved ${direction} to position ${newPosition} of ${total}.`;
}

/** When a move button can't move further. Never throws. */
export function edgeAnnouncement(optionLabel: string, direction: "up" | "down"): string {
  return direction === "up" ? `${optionLabel} is already first.` : `${optionLabel} is already last.`;
}

/** After an option is added to the end of the ranking. Never throws. */
export function addedAnnouncement(optionLabel: string, newPosition: number): string {
  return `${optionLabel} added to the ranking at position ${newPosition} of ${newPosition}.`;
}

/** After an option is taken out of the ranking. Never throws. */
export function removedAnnouncement(optionLabel: string, ranked: number): string {
  return `${optionLabel} removed from the ranking; ${ranked} ${ranked === 1 ? "option" : "options"} ranked.`;
}
