/**
 * Moves focus to the field whose input has `id` once the page has drawn its problem: a screen
 * reader then reads the field with its problem (its description), and the member can fix it at
 * once. For problems found on submit, where nothing else would announce them. Never throws.
 */
export function focusField(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
