import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import type { BallotOption } from "./ballot-option.js";

/** The "same rank as above" toggle of one ranked option. */
export interface TieToggle {
  /** The label of the option shown just above. */
  readonly aboveLabel: string;
  /** Whether the option shares the place of the option above. */
  readonly tied: boolean;
  readonly onToggle: () => void;
}

/** Props of one option in the ranking. */
export interface RankedItemProps {
  readonly option: BallotOption;
  /** 1-based; options sharing a place share its number. */
  readonly place: number;
  readonly totalPlaces: number;
  /** The labels of the other options in its place; empty when it is alone there. */
  readonly sharedWith: readonly string[];
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  /** Present where equal ranks are allowed (Schulze), for every option but the first. */
  readonly tie?: TieToggle;
  readonly onMove: (direction: "up" | "down") => void;
  readonly onRemove: () => void;
}

/**
 * One ranked option: its place, a drag handle (pointer, touch, or keyboard through dnd-kit's
 * KeyboardSensor), buttons to move it one step or take it out of the ranking and, where equal
 * ranks are allowed, a toggle to give it the same rank as the option above. The move buttons at
 * the ends are aria-disabled, not disabled, so focus never falls off the list.
 */
export function RankedItem({ option, place, totalPlaces, sharedWith, canMoveUp, canMoveDown, tie, onMove, onRemove }: RankedItemProps) {
  const t = useT("votes");
  const format = useFormat();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: option.id, attributes: { roleDescription: t("ranking.roleDescription") } });
  const style = { transform: CSS.Transform.toString(transform) ?? "", transition: transition ?? "" };
  const where = { option: option.label, place: format.count(place), total: format.count(totalPlaces) };
  const handleLabel = sharedWith.length > 0 ? t("ranking.handleShared", { ...where, others: format.list(sharedWith) }) : t("ranking.handle", where);
  const button = { type: "button", className: "ui-Button", "data-variant": "secondary", "data-size": "small" } as const;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className="ranked-item"
      data-dragging={isDragging}
      data-option={option.id}
      data-place={place}
      data-tied-above={tie?.tied === true}
    >
      <span className="ranked-position" aria-hidden="true">
        {format.count(place)}
        {sharedWith.length > 0 && <span className="ranked-equal">=</span>}
      </span>
      <button
        type="button"
        className="ranked-handle"
        ref={setActivatorNodeRef}
        data-focus-id={`handle:${option.id}`}
        {...attributes}
        {...listeners}
        aria-label={handleLabel}
      >
        <span className="ranked-grip" aria-hidden="true" />
        <span className="ranked-label" aria-hidden="true">
          {option.label}
        </span>
      </button>
      <span className="ranked-actions">
        {tie !== undefined && (
          <button
            {...button}
            data-tie-toggle=""
            aria-pressed={tie.tied}
            data-focus-id={`tie:${option.id}`}
            aria-label={t("ranking.tieLabel", { option: option.label, above: tie.aboveLabel })}
            onClick={tie.onToggle}
          >
            {t("ranking.tie")}
          </button>
        )}
        <button {...button} aria-disabled={!canMoveUp} data-focus-id={`up:${option.id}`} aria-label={t("ranking.moveUpLabel", { option: option.label })} onClick={() => onMove("up")}>
          {t("ranking.moveUp")}
        </button>
        <button {...button} aria-disabled={!canMoveDown} data-focus-id={`down:${option.id}`} aria-label={t("ranking.moveDownLabel", { option: option.label })} onClick={() => onMove("down")}>
          {t("ranking.moveDown")}
        </button>
        <button {...button} data-focus-id={`remove:${option.id}`} aria-label={t("ranking.removeLabel", { option: option.label })} onClick={onRemove}>
          {t("ranking.remove")}
        </button>
      </span>
    </li>
  );
}
