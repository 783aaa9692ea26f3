import { useEffect, useId, useRef, useState } from "react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { OptionId } from "@chapterhouse/crdt/tally";
import { useT } from "../../../shared/i18n/use-t.js";
import { optionLabel, type BallotOption } from "./ballot-option.js";
import { RankedItem } from "./RankedItem.js";
import { addOption, dropOption, moveOption, placeOf, rankedOptions, removeOption, setTiedWithAbove, tiedWithAbove, type Places } from "./ranking-edits.js";
import { useRankingAnnouncements, type DragProgress } from "./use-ranking-announcements.js";
import "../../../shared/ui/Button.css";

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
 * Options left unranked rank below all ranked ones. Every change is announced. Its buttons are
 * native buttons in the kit's look: dnd-kit's handle needs its own key handling, and the move
 * buttons stay focusable at the ends (aria-disabled), which the kit's Button does not offer.
 */
export function RankingInput({ options, value, onChange, allowTies, legend }: RankingInputProps) {
  const t = useT("votes");
  const say = useRankingAnnouncements();
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
      setAnnouncement(say.edge(label(id), direction));
      return;
    }
    onChange(next);
    setAnnouncement(say.moved(label(id), direction, placeNumber(next, id), next.length));
    setFocusTarget(`${direction}:${id}`);
  }

  function toggleTie(id: OptionId, tied: boolean): void {
    const next = setTiedWithAbove(value, id, tied);
    if (next === value) return;
    onChange(next);
    const place = placeNumber(next, id);
    const above = (next[place - 2] ?? []).map(label);
    setAnnouncement(tied ? say.tied(label(id), othersInPlace(next, id), place, next.length) : say.untied(label(id), above, place, next.length));
    setFocusTarget(`tie:${id}`);
  }

  function add(id: OptionId): void {
    const index = unranked.findIndex((option) => option.id === id);
    const remaining = unranked.filter((option) => option.id !== id);
    const next = addOption(value, id);
    onChange(next);
    setAnnouncement(say.added(label(id), next.length));
    const focus = remaining[Math.min(index, remaining.length - 1)];
    setFocusTarget(focus === undefined ? `handle:${id}` : `add:${focus.id}`);
  }

  function remove(id: OptionId): void {
    const index = order.indexOf(id);
    const next = removeOption(value, id);
    const rest = rankedOptions(next);
    onChange(next);
    setAnnouncement(say.removed(label(id), rest.length));
    const focus = rest[Math.min(index, rest.length - 1)];
    setFocusTarget(focus === undefined ? `add:${id}` : `handle:${focus}`);
  }

  function dragEnd({ active, over }: DragEndEvent): void {
    if (over === null) return;
    const next = dropOption(value, String(active.id) as OptionId, String(over.id) as OptionId);
    if (next !== value) onChange(next);
  }

  return (
    <fieldset className="ballot-group ranking-input" ref={container} aria-describedby={`${ids}-help`}>
      <legend>{legend}</legend>
      <p className="ballot-help" id={`${ids}-help`}>
        {t("ranking.help")} {allowTies ? t("ranking.helpTies") : t("ranking.helpNoTies")}
      </p>
      <div className="ranking-columns">
        <section className="ranking-ranked" aria-labelledby={`${ids}-ranked`}>
          <h4 id={`${ids}-ranked`}>{t("ranking.ranked")}</h4>
          {order.length === 0 ? (
            <p className="ranking-empty">{t("ranking.noneRanked")}</p>
          ) : (
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragEnd={dragEnd}
              accessibility={{ announcements: say.drag(value, label, dragProgress.current), screenReaderInstructions: say.instructions }}
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
          <h4 id={`${ids}-unranked`}>{t("ranking.unranked")}</h4>
          {unranked.length === 0 ? (
            <p className="ranking-empty">{t("ranking.allRanked")}</p>
          ) : (
            <ul className="unranked-list" aria-labelledby={`${ids}-unranked`}>
              {unranked.map((option) => (
                <li key={option.id} className="unranked-item" data-option={option.id}>
                  <span>{option.label}</span>
                  <button
                    type="button"
                    className="ui-Button"
                    data-variant="secondary"
                    data-size="small"
                    data-focus-id={`add:${option.id}`}
                    aria-label={t("ranking.addLabel", { option: option.label })}
                    onClick={() => add(option.id)}
                  >
                    {t("ranking.add")}
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
