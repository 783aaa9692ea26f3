/**
 * The keyboard shortcut that opens search from anywhere: Ctrl+K (⌘K on a Mac), or "/" when the
 * focus is not in a field where "/" is typed.
 */
import { useEffect } from "react";
import { navigate } from "../../shared/routing/navigate.js";
import { searchPath } from "./paths.js";

/** Whether `key` pressed on `target` asks for search. Pure; never throws. */
export function isSearchShortcut(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">, target: EventTarget | null): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") return true;
  return event.key === "/" && !event.ctrlKey && !event.metaKey && !isTyping(target);
}

function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Opens search on its shortcut while mounted (the shell mounts it once). */
export function useSearchShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event, event.target)) return;
      event.preventDefault();
      navigate(searchPath.href());
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
