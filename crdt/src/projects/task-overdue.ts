/**
 * Whether a task is overdue (PROTOCOL.md PJ6.4): its due day is before today and it is not done.
 * Today is the caller's, as a day `YYYY-MM-DD` of the member's own calendar: no hidden clock.
 */
import type { TaskFields } from "./project-bodies.js";

/** True when `task` is due before `today` (both `YYYY-MM-DD`, compared as text) and not done. Never throws. */
export function taskOverdue(task: Pick<TaskFields, "due" | "status">, today: string): boolean {
  return task.due !== null && task.status !== "done" && task.due < today;
}
