import { useEffect, useId, useRef, useState } from "react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { OptionId } from "@chapterhouse/crdt/tally";
import { optionLabel, type BallotOption } from "./ballot-option.js";
import { RankedItem } from "./RankedItem.js";
import {
  RANKING_INSTRUCTIONS,
  addedAnnouncement,
  dragAnnouncements,
  edgeAnnouncement,
  movedAnnouncement,
  removedAnnouncement,
  tiedAnnouncement,
  untiedAnnouncement,
  type DragProgress,
} from "./ranking-announcements.js";
import { addOption, dropOption, moveOption, placeOf, rankedOptions, removeOption, setTiedWithAbove, tiedWithAbove, type Places } from "./ranking-edits.js";

/** Props of the ranking of an irv or schulze vote. */
export interface RankingInputProps {
  readonly options: readonly BallotOption[];
  /** The ranking as places, most preferred first; options in no place are unranked. */
  readonly value: Places;
  /** Called with the new ranking (PROTOCOL.md T1.6). */
  readonly onChange: (ranking: Places) => void;
  /**
   * Whether options may share a place (Schulze). Instant runoff counts each ballot for one option
   * per round, so it takes no equal ranks (T1.6): without this, every option has a place of its own.
   */
  readonly allowTies: boolean;
  readonly legend: string;
}

/**
 * A ranking built from the options: add options to the end, reorder them by drag and drop (mouse,
 * touch, or keyboard: Space to pick up, arrows to move, Space to drop) or with Move up / Move down,
 * take them out again and, where allowed, give an option the same rank as the one above it.
 * Options left unranked rank below all ranked ones. Every change is announced.
 */
export function RankingInput({ options, value, onChange, allowTies, legend }: RankingInputProps) {
  const ids = useId();
  const container = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const dragProgress = useRef<DragProgress>({ moved: false });
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const label = (id: string) => optionLabel(options, id);
  const order = rankedOptions(value);
  const rankedSet = new Set<string>(order);
  const unranked = options.filter((option) => !rankedSet.has(option.id));
  const placeNumber = (places: Places, id: OptionId): number => (placeOf(places, id)?.place ?? 0) + 1;
  const othersInPlace = (places: Places, id: OptionId): string[] => (places[placeOf(places, id)?.place ?? -1] ?? []).filter((other) => other !== id).map(label);

  // Moving, adding or removing re-renders the lists; put focus back where the member was working.
  useEffect(() => {
    if (focusTarget === null) return;
    for (const element of container.current?.querySelectorAll<HTMLElement>("[data-focus-id]") ?? []) {
      if (element.dataset["focusId"] === focusTarget) element.focus();
    }
    setFocusTarget(null);
  }, [focusTarget]);

  function move(id: OptionId, direction: "up" | "down"): void {
    const next = moveOption(value, id, direction);
    if (next === value) {
      setAnnouncement(edgeAnnouncement(label(id), direction));
      return;
    }
    onChange(next);
    setAnnouncement(movedAnnouncement(label(id), direction, placeNumber(next, id), next.length));
    setFocusTarget(`${direction}:${id}`);
  }

  function toggleTie(id: OptionId, tied: boolean): void {
    const next = setTiedWithAbove(value, id, tied);
    if (next === value) return;
    onChange(next);
    const place = placeNumber(next, id);
    const above = (next[place - 2] ?? []).map(label);
    setAnnouncement(tied ? tiedAnnouncement(label(id), othersInPlace(next, id), place, next.length) : untiedAnnouncement(label(id), above, place, next.length));
    setFocusTarget(`tie:${id}`);
  }

  function add(id: OptionId): void {
    const index = unranked.findIndex((option) => option.id === id);
    const remaining = unranked.filter((option) => option.id !== id);
    const next = addOption(value, id);
    onChange(next);
    setAnnouncement(addedAnnouncement(label(id), next.length));
    const focus = remaining[Math.min(index, remaining.length - 1)];
    setFocusTarget(focus === undefined ? `handle:${id}` : `add:${focus.id}`);
  }

  function remove(id: OptionId): void {
    const index = order.indexOf(id);
    const next = removeOption(value, id);
    const rest = rankedOptions(next);
    onChange(next);
    setAnnouncement(removedAnnouncement(label(id), rest.length));
    const focus = rest[Math.min(index, rest.length - 1)];
    setFocusTarget(focus === undefined ? `add:${id}` : `handle:${focus}`);
  }

  function dragEnd({ active, over }: DragEndEvent): void {
    if (over === null) return;
    const next = dropOption(value, String(active.id) as OptionId, String(over.id) as OptionId);
    if (next !== value) onChange(next);
  }

  return (
    <fieldset className="ranking-input" ref={container} aria-describedby={`${ids}-help`}>
      <legend>{legend}</legend>
      <p className="help" id={`${ids}-help`}>
        Add the options you want, most preferred first. Reorder them by dragging the handle, with the Move up and
        Move down buttons, or from the keyboard: focus a handle, press Space, move with the arrow keys, press Space
        again. Options you leave unranked count below all the ones you rank.{" "}
        {allowTies
          ? "To rank an option the same as the one above it, press its Same rank as above button; press it again to rank it lower."
          : "Each option gets its own place: instant runoff counts your ballot for one option at a time, so it cannot take equal ranks."}
      </p>
      <div className="ranking-columns">
        <section className="ranking-ranked" aria-labelledby={`${ids}-ranked`}>
          <h3 id={`${ids}-ranked`}>Your ranking</h3>
          {order.length === 0 ? (
            <p className="empty-state">No option ranked yet. Add options from the list of unranked ones, most preferred first.</p>
          ) : (
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragEnd={dragEnd}
              accessibility={{ announcements: dragAnnouncements(value, label, dragProgress.current), screenReaderInstructions: RANKING_INSTRUCTIONS }}
            >
              <SortableContext items={order} strategy={verticalListSortingStrategy}>
                <ol className="ranked-list" aria-labelledby={`${ids}-ranked`}>
                  {order.map((id, index) => {
                    const tied = tiedWithAbove(value, id);
                    const above = order[index - 1];
                    return (
                      <RankedItem
                        key={id}
                        option={options.find((option) => option.id === id) ?? { id, label: id }}
                        place={placeNumber(value, id)}
                        totalPlaces={value.length}
                        sharedWith={othersInPlace(value, id)}
                        canMoveUp={moveOption(value, id, "up") !== value}
                        canMoveDown={moveOption(value, id, "down") !== value}
                        {...(allowTies && tied !== null && above !== undefined ? { tie: { aboveLabel: label(above), tied, onToggle: () => toggleTie(id, !tied) } } : {})}
                        onMove={(direction) => move(id, direction)}
                        onRemove={() => remove(id)}
                      />
                    );
                  })}
                </ol>
              </SortableContext>
            </DndContext>
          )}
        </section>
        <section className="ranking-unranked" aria-labelledby={`${ids}-unranked`}>
          <h3 id={`${ids}-unranked`}>Not ranked</h3>
          {unranked.length === 0 ? (
            <p className="empty-state">Every option is ranked.</p>
          ) : (
            <ul className="unranked-list" aria-labelledby={`${ids}-unranked`}>
              {unranked.map((option) => (
                <li key={option.id} className="unranked-item" data-option={option.id}>
                  <span>{option.label}</span>
                  <button type="button" className="secondary" data-focus-id={`add:${option.id}`} aria-label={`Add ${option.label} to the ranking`} onClick={() => add(option.id)}>
                    Add
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="ranking-announcement">
        {announcement}
      </p>
    </fieldset>
  );
}
