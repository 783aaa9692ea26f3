/**
 * Keyboard-only driving for component tests in jsdom, which has no default actions for keys:
 * `tab()` moves focus to the next tabbable element as a browser would, `press()` sends a key to
 * the focused element and then performs the browser's default action (Enter clicks a button or
 * link; Space clicks a button, checkbox or radio on key up) unless a handler prevented it.
 * The test never touches an element except through focus and keys.
 */
import { act, fireEvent } from "@testing-library/react";

const CANDIDATES = "a[href], button, input, select, textarea, [tabindex]";

const CODES: Readonly<Record<string, string>> = {
  Enter: "Enter",
  " ": "Space",
  Escape: "Escape",
  Tab: "Tab",
  ArrowUp: "ArrowUp",
  ArrowDown: "ArrowDown",
  ArrowLeft: "ArrowLeft",
  ArrowRight: "ArrowRight",
};

function isDisabled(element: Element): boolean {
  return (element as HTMLButtonElement).disabled === true || element.closest("fieldset:disabled") !== null;
}

/** A radio is tabbable when it is checked, or when none of its group is and it is the first. */
function isTabbableRadio(input: HTMLInputElement): boolean {
  if (input.name === "") return true;
  const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"]`)].filter((other) => other.name === input.name && other.form === input.form);
  const checked = group.find((other) => other.checked);
  return checked === undefined ? group[0] === input : checked === input;
}

/** The elements Tab visits, in document order (the components use no positive tabindex). */
export function tabbables(): HTMLElement[] {
  return [...document.body.querySelectorAll<HTMLElement>(CANDIDATES)].filter((element) => {
    if (element.tabIndex < 0 || isDisabled(element) || element.closest("[hidden], [inert]") !== null) return false;
    if (element instanceof HTMLInputElement && element.type === "radio") return isTabbableRadio(element);
    return true;
  });
}

async function tick(): Promise<void> {
  // dnd-kit's keyboard sensor starts listening on the next task; let effects and timers run.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Presses Tab (or Shift+Tab): the focused element gets the key, then focus moves on. */
export async function tab(options: { readonly shift?: boolean } = {}): Promise<HTMLElement> {
  const shift = options.shift === true;
  const from = document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
  const proceed = fireEvent.keyDown(from, { key: "Tab", code: "Tab", shiftKey: shift });
  if (proceed) {
    const list = tabbables();
    const index = list.indexOf(from);
    const next = shift ? (index <= 0 ? list[list.length - 1] : list[index - 1]) : list[index + 1] ?? list[0];
    if (next === undefined) throw new Error("nothing on the page can take focus");
    act(() => next.focus());
  }
  fireEvent.keyUp(document.activeElement ?? document.body, { key: "Tab", code: "Tab", shiftKey: shift });
  await tick();
  return document.activeElement as HTMLElement;
}

/** Presses Tab until the focused element satisfies `found`; throws after a full round. */
export async function tabTo(found: (element: HTMLElement) => boolean): Promise<HTMLElement> {
  const limit = tabbables().length + 1;
  for (let step = 0; step < limit; step += 1) {
    const focused = await tab();
    if (found(focused)) return focused;
  }
  throw new Error("no tabbable element matched");
}

/** Presses one key on the focused element, then performs the browser's default action. */
export async function press(key: string): Promise<void> {
  const target = document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
  const code = CODES[key] ?? key;
  const downProceeds = fireEvent.keyDown(target, { key, code });
  const clickable = target instanceof HTMLButtonElement || (target instanceof HTMLAnchorElement && target.href !== "");
  if (key === "Enter" && downProceeds && clickable && !isDisabled(target)) fireEvent.click(target);
  const upProceeds = fireEvent.keyUp(target, { key, code });
  const toggles = target instanceof HTMLInputElement && (target.type === "checkbox" || target.type === "radio");
  if (key === " " && downProceeds && upProceeds && (target instanceof HTMLButtonElement || toggles) && !isDisabled(target)) fireEvent.click(target);
  await tick();
}

/** The accessible name a test most often needs: aria-label, else the text. */
export function nameOf(element: Element): string {
  return (element.getAttribute("aria-label") ?? element.textContent ?? "").replace(/\s+/g, " ").trim();
}
