import type { HomeItem, HomeItemsProvider } from "../../shared/routing/home-items.js";
import type { PlaceStep } from "./place-of.js";

/** An item with where it is in its organisation's tree. */
export interface PlacedItem extends HomeItem {
  /** The organisation's document id (for links). */
  readonly organisation: string;
  /** The chapters from the root down to the item's. */
  readonly place: readonly PlaceStep[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A group's items in the order the home shows them: by time (`soonest`: the earliest first, what
 * closes next; `latest`: the latest first, what is new); at equal times the deeper chapter first
 * (the member's own neighbourhood before the international), then by key. Never throws.
 */
export function sortHomeItems(items: readonly PlacedItem[], sort: HomeItemsProvider["sort"]): PlacedItem[] {
  const direction = sort === "soonest" ? 1 : -1;
  return [...items].sort((a, b) => direction * (a.at - b.at) || b.place.length - a.place.length || byText(a.organisation, b.organisation) || byText(a.key, b.key));
}
