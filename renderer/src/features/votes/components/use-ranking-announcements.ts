import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";
import type { OptionId } from "@chapterhouse/crdt/tally";
import { useMemo } from "react";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { dropOption, placeOf, type Places } from "./ranking-edits.js";

/** Whether the option being dragged has left its starting place yet; one per ranking (a React ref). */
export interface DragProgress {
  moved: boolean;
}

/**
 * What a screen reader hears while a ranking changes, in the language shown. Places count from
 * 1; "of n" is the number of places (options sharing a place share its number).
 */
export interface RankingAnnouncements {
  /** Read out when a drag handle gets focus (dnd-kit's instructions). */
  readonly instructions: ScreenReaderInstructions;
  /**
   * dnd-kit's drag and drop, in words about places in the ranking. dnd-kit reports the dragged
   * option over its own place right after pick-up; that is not announced, so the pick-up is not
   * talked over, but coming back to the starting place later is. The drop is announced where
   * the option lands (it takes a place of its own, `dropOption`).
   */
  drag(places: Places, label: (id: string) => string, progress: DragProgress): Announcements;
  /** After a move up or down by a button. */
  moved(option: string, direction: "up" | "down", place: number, total: number): string;
  /** When a move button can't move further. */
  edge(option: string, direction: "up" | "down"): string;
  /** After an option is added to the end of the ranking. */
  added(option: string, place: number): string;
  /** After an option is taken out of the ranking. */
  removed(option: string, ranked: number): string;
  /** After an option is set to the same rank as the one above it: who it now shares its place with. */
  tied(option: string, sharedWith: readonly string[], place: number, total: number): string;
  /** After an option stops sharing the place of the ones above it. */
  untied(option: string, above: readonly string[], place: number, total: number): string;
}

/** The 1-based place of a ranked option (0 when it is not ranked). */
function placeNumber(places: Places, id: string | number): number {
  return (placeOf(places, String(id) as OptionId)?.place ?? -1) + 1;
}

/** The ranking's announcements in the language shown. None of its functions throws. */
export function useRankingAnnouncements(): RankingAnnouncements {
  const t = useT("votes");
  const format = useFormat();
  return useMemo(() => {
    const n = (value: number) => format.count(value);
    return {
      instructions: { draggable: t("ranking.instructions") },
      drag(places, label, progress) {
        const total = places.length;
        return {
          onDragStart: ({ active }) => {
            progress.moved = false;
            return t("ranking.pickedUp", { option: label(String(active.id)), place: n(placeNumber(places, active.id)), total: n(total) });
          },
          onDragOver: ({ active, over }) => {
            if (over !== null && over.id === active.id && !progress.moved) return undefined;
            progress.moved = true;
            return over === null
              ? t("ranking.notOver", { option: label(String(active.id)) })
              : t("ranking.over", { option: label(String(active.id)), place: n(placeNumber(places, over.id)), total: n(total) });
          },
          onDragEnd: ({ active, over }) => {
            if (over === null) return t("ranking.droppedBack", { option: label(String(active.id)), place: n(placeNumber(places, active.id)), total: n(total) });
            const after = dropOption(places, String(active.id) as OptionId, String(over.id) as OptionId);
            return t("ranking.dropped", { option: label(String(active.id)), place: n(placeNumber(after, active.id)), total: n(after.length) });
          },
          onDragCancel: ({ active }) => t("ranking.cancelled", { option: label(String(active.id)), place: n(placeNumber(places, active.id)), total: n(total) }),
        };
      },
      moved: (option, direction, place, total) =>
        direction === "up" ? t("ranking.movedUp", { option, place: n(place), total: n(total) }) : t("ranking.movedDown", { option, place: n(place), total: n(total) }),
      edge: (option, direction) => (direction === "up" ? t("ranking.alreadyFirst", { option }) : t("ranking.alreadyLast", { option })),
      added: (option, place) => t("ranking.added", { option, place: n(place) }),
      removed: (option, ranked) => t("ranking.removed", { option, count: ranked, n: n(ranked) }),
      tied: (option, sharedWith, place, total) => t("ranking.tied", { option, others: format.list(sharedWith), place: n(place), total: n(total) }),
      untied: (option, above, place, total) => t("ranking.untied", { option, above: format.list(above), place: n(place), total: n(total) }),
    } satisfies RankingAnnouncements;
  }, [t, format]);
}
