/** How many frames focusField keeps trying while the field cannot take focus yet. */
const FRAMES = 10;

/**
 * Moves focus to the field whose input has `id` once the page has drawn its problem: a screen
 * reader then reads the field with its problem (its description), and the member can fix it at
 * once. For problems found on submit, where nothing else would announce them. A field still
 * disabled by the action that just ended (not yet re-rendered) is tried again on the next
 * frames. Never throws.
 */
export function focusField(id: string, frames = FRAMES): void {
  requestAnimationFrame(() => {
    const field = document.getElementById(id);
    field?.focus();
    if (field !== null && document.activeElement !== field && frames > 1) focusField(id, frames - 1);
  });
}
