import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { BallotOption } from "./ballot-option.js";

/** Props of one option in the ranking. */
export interface RankedItemProps {
  readonly option: BallotOption;
  /** 1-based. */
  readonly position: number;
  readonly total: number;
  readonly onMove: (direction: "up" | "down") => void;
  readonly onRemove: () => void;
}

/**
 * One ranked option: its place, a drag handle (pointer, touch, or keyboard through dnd-kit's
 * KeyboardSensor), and buttons to move it one place or take it out of the ranking. The move
 * buttons at the ends are aria-disabled, not disabled, so focus never falls off the list.
 */
export function RankedItem({ option, position, total, onMove, onRemove }: RankedItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: option.id });
  const style = { transform: CSS.Transform.toString(transform) ?? "", transition: transition ?? "" };
  const first = position === 1;
  const last = position === total;
  return (
    <li ref={setNodeRef} style={style} className="ranked-item" data-dragging={isDragging} data-option={option.id}>
      <span className="ranked-position" aria-hidden="true">
        {position}
      </span>
      <button
        type="button"
        className="ranked-handle"
        ref={setActivatorNodeRef}
        data-focus-id={`handle:${option.id}`}
        {...attributes}
        {...listeners}
        aria-label={`${option.label}, position ${position} of ${total}. Drag to reorder.`}
      >
        <span className="ranked-grip" aria-hidden="true">
          ⠿
        </span>
        <span className="ranked-label" aria-hidden="true">
          {option.label}
        </span>
      </button>
      <span className="ranked-actions">
        <button type="button" className="secondary" aria-disabled={first} data-focus-id={`up:${option.id}`} aria-label={`Move up ${option.label}`} onClick={() => onMove("up")}>
          Move up
        </button>
        <button type="button" className="secondary" aria-disabled={last} data-focus-id={`down:${option.id}`} aria-label={`Move down ${option.label}`} onClick={() => onMove("down")}>
          Move down
        </button>
        <button type="button" className="secondary" data-focus-id={`remove:${option.id}`} aria-label={`Remove ${option.label} from the ranking`} onClick={onRemove}>
          Remove
        </button>
      </span>
    </li>
  );
}
