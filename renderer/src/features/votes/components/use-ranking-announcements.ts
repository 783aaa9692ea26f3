import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";
import type { OptionId } from "@chapterhouse/crdt";
import { joinLabels } from "./ballot-option.js";
import { dropOption, placeOf, type Places } from "./ranking-edits.js";

/**
 * What a screen reader hears while a ranking changes. Places count from 1; "of n" is the number
 * of places (options sharing a place share its number). Pure: built from the ranking and a
 * label lookup.
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

/** The 1-based place of a ranked option (0 when it is not ranked). */
function placeNumber(places: Places, id: string | number): number {
  return (placeOf(places, String(id) as OptionId)?.place ?? -1) + 1;
}

/**
 * The announcements of dnd-kit's drag and drop, in words about places in the ranking. dnd-kit
 * reports the dragged option over its own place right after pick-up; that is not announced, so
 * the pick-up is not talked over, but coming back to the starting place later is. The drop is
 * announced where the option lands (it takes a place of its own, `dropOption`). Never throws.
 */
export function dragAnnouncements(places: Places, label: (id: string) => string, progress: DragProgress): Announcements {
  const total = places.length;
  return {
    onDragStart: ({ active }) => {
      progress.moved = false;
      return `Picked up ${label(String(active.id))}, at place ${placeNumber(places, active.id)} of ${total}.`;
    },
    onDragOver: ({ active, over }) => {
      if (over !== null && over.id === active.id && !progress.moved) return undefined;
      progress.moved = true;
      return over === null
        ? `${label(String(active.id))} is no longer over the ranking.`
        : `${label(String(active.id))} is over place ${placeNumber(places, over.id)} of ${total}.`;
    },
    onDragEnd: ({ active, over }) => {
      if (over === null) return `${label(String(active.id))} dropped back at place ${placeNumber(places, active.id)} of ${total}.`;
      const after = dropOption(places, String(active.id) as OptionId, String(over.id) as OptionId);
      return `${label(String(active.id))} dropped at place ${placeNumber(after, active.id)} of ${after.length}.`;
    },
    onDragCancel: ({ active }) => `Moving cancelled. ${label(String(active.id))} stays at place ${placeNumber(places, active.id)} of ${total}.`,
  };
}

/** After a move up or down by a button. Never throws. */
export function movedAnnouncement(optionLabel: string, direction: "up" | "down", place: number, total: number): string {
  return `${optionLabel} moved ${direction} to place ${place} of ${total}.`;
}

/** When a move button can't move further. Never throws. */
export function edgeAnnouncement(optionLabel: string, direction: "up" | "down"): string {
  return direction === "up" ? `${optionLabel} is already first.` : `${optionLabel} is already last.`;
}

/** After an option is added to the end of the ranking. Never throws. */
export function addedAnnouncement(optionLabel: string, place: number): string {
  return `${optionLabel} added to the ranking at place ${place} of ${place}.`;
}

/** After an option is taken out of the ranking. Never throws. */
export function removedAnnouncement(optionLabel: string, ranked: number): string {
  return `${optionLabel} removed from the ranking; ${ranked} ${ranked === 1 ? "option" : "options"} ranked.`;
}

/** After an option is set to the same rank as the one above it: who it now shares its place with. Never throws. */
export function tiedAnnouncement(optionLabel: string, sharedWith: readonly string[], place: number, total: number): string {
  return `${optionLabel} now shares place ${place} of ${total} with ${joinLabels(sharedWith)}.`;
}

/** After an option stops sharing the place of the ones above it. Never throws. */
export function untiedAnnouncement(optionLabel: string, above: readonly string[], place: number, total: number): string {
  return `${optionLabel} now ranks below ${joinLabels(above)}, at place ${place} of ${total}.`;
}
