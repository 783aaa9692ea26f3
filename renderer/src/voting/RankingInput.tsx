import { useEffect, useId, useRef, useState } from "react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { OptionId } from "@chapterhouse/crdt";
import { optionLabel, type BallotOption } from "./ballot-option.js";
import { RankedItem } from "./RankedItem.js";
import {
  RANKING_INSTRUCTIONS,
  addedAnnouncement,
  dragAnnouncements,
  edgeAnnouncement,
  movedAnnouncement,
  removedAnnouncement,
  type DragProgress,
} from "./ranking-announcements.js";

/** Props of the ranking of an irv or schulze vote. */
export interface RankingInputProps {
  readonly options: readonly BallotOption[];
  /** The ranked options, most preferred first; the others are unranked. */
  readonly value: readonly OptionId[];
  /** Called with the new ranking: distinct option ids, most preferred first (PROTOCOL.md T1.1). */
  readonly onChange: (ranking: readonly OptionId[]) => void;
  readonly legend: string;
}

/**
 * A ranking built from the options: add options to the end, reorder them by drag and drop (mouse,
 * touch, or keyboard: Space to pick up, arrows to move, Space to drop) or with Move up / Move down,
 * take them out again. Options left unranked rank below all ranked ones. Every change is announced.
 */
export function RankingInput({ options, value, onChange, legend }: RankingInputProps) {
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
  const rankedSet = new Set<string>(value);
  const ranked = value.map((id) => options.find((option) => option.id === id) ?? { id, label: id });
  const unranked = options.filter((option) => !rankedSet.has(option.id));

  // Moving, adding or removing re-renders the lists; put focus back where the member was working.
  useEffect(() => {
    if (focusTarget === null) return;
    for (const element of container.current?.querySelectorAll<HTMLElement>("[data-focus-id]") ?? []) {
      if (element.dataset["focusId"] === focusTarget) element.focus();
    }
    setFocusTarget(null);
  }, [focusTarget]);

  function move(id: OptionId, direction: "up" | "down"): void {
    const from = value.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= value.length) {
      setAnnouncement(edgeAnnouncement(label(id), direction));
      return;
    }
    onChange(arrayMove([...value], from, to));
    setAnnouncement(movedAnnouncement(label(id), direction, to + 1, value.length));
    setFocusTarget(`${direction}:${id}`);
  }

  function add(id: OptionId): void {
    const index = unranked.findIndex((option) => option.id === id);
    const remaining = unranked.filter((option) => option.id !== id);
    onChange([...value, id]);
    setAnnouncement(addedAnnouncement(label(id), value.length + 1));
    const next = remaining[Math.min(index, remaining.length - 1)];
    setFocusTarget(next === undefined ? `handle:${id}` : `add:${next.id}`);
  }

  function remove(id: OptionId): void {
    const index = value.indexOf(id);
    const rest = value.filter((other) => other !== id);
    onChange(rest);
    setAnnouncement(removedAnnouncement(label(id), rest.length));
    const next = rest[Math.min(index, rest.length - 1)];
    setFocusTarget(next === undefined ? `add:${id}` : `handle:${next}`);
  }

  function dragEnd({ active, over }: DragEndEvent): void {
    if (over === null || active.id === over.id) return;
    const from = value.indexOf(String(active.id) as OptionId);
    const to = value.indexOf(String(over.id) as OptionId);
    if (from < 0 || to < 0) return;
    onChange(arrayMove([...value], from, to));
  }

  return (
    <fieldset className="ranking-input" ref={container} aria-describedby={`${ids}-help`}>
      <legend>{legend}</legend>
      <p className="help" id={`${ids}-help`}>
        Add the options you want, most preferred first. Reorder them by dragging the handle, with the Move up and
        Move down buttons, or from the keyboard: focus a handle, press Space, move with the arrow keys, press Space
        again. Options you leave unranked count below all the ones you rank.
      </p>
      <div className="ranking-columns">
        <section className="ranking-ranked" aria-labelledby={`${ids}-ranked`}>
          <h3 id={`${ids}-ranked`}>Your ranking</h3>
          {ranked.length === 0 ? (
            <p className="empty-state">No option ranked yet. Add options from the list of unranked ones, most preferred first.</p>
          ) : (
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragEnd={dragEnd}
              accessibility={{ announcements: dragAnnouncements(value, label, dragProgress.current), screenReaderInstructions: RANKING_INSTRUCTIONS }}
            >
              <SortableContext items={[...value]} strategy={verticalListSortingStrategy}>
                <ol className="ranked-list" aria-labelledby={`${ids}-ranked`}>
                  {ranked.map((option, index) => (
                    <RankedItem
                      key={option.id}
                      option={option}
                      position={index + 1}
                      total={ranked.length}
                      onMove={(direction) => move(option.id, direction)}
                      onRemove={() => remove(option.id)}
                    />
                  ))}
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
