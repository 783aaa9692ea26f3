import { describe, expect, it } from "vitest";
import { createSystemNotifier, type ShownNotification } from "../src/system-notifier.js";

/** A system that records what it shows, and lets a test click and close its notifications. */
function fakeSystem(supported = true) {
  const made: { title: string; body: string; shown: boolean; closed: boolean; emit: (event: "click" | "close") => void }[] = [];
  let focused = 0;
  const notifier = createSystemNotifier({
    isSupported: () => supported,
    create: ({ title, body }) => {
      const listeners = new Map<string, (() => void)[]>();
      const entry = {
        title,
        body,
        shown: false,
        closed: false,
        emit: (event: "click" | "close") => listeners.get(event)?.forEach((listener) => listener()),
      };
      made.push(entry);
      const notification: ShownNotification = {
        on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
        show: () => {
          entry.shown = true;
        },
        close: () => {
          entry.closed = true;
          entry.emit("close");
        },
      };
      return notification;
    },
    focusWindow: () => focused++,
  });
  return { notifier, made, focused: () => focused };
}

describe("the system notifier", () => {
  it("[E12.1] a notice is shown with its title and body, and a click brings the window forward", () => {
    const system = fakeSystem();
    expect(system.notifier.show({ title: "Vote opened", body: "Fix the stairwell lights", tag: "a" })).toBe(true);
    expect(system.made.map(({ title, body, shown }) => ({ title, body, shown }))).toEqual([{ title: "Vote opened", body: "Fix the stairwell lights", shown: true }]);
    system.made[0]?.emit("click");
    expect(system.focused()).toBe(1);
  });

  it("[E12.2] a notice of a tag already shown replaces it rather than showing it twice", () => {
    const system = fakeSystem();
    system.notifier.show({ title: "Vote opened", body: "one", tag: "a" });
    system.notifier.show({ title: "Vote opened", body: "two", tag: "a" });
    system.notifier.show({ title: "Decision recorded", body: "three", tag: "b" });
    expect(system.made.map(({ body, closed }) => ({ body, closed }))).toEqual([
      { body: "one", closed: true },
      { body: "two", closed: false },
      { body: "three", closed: false },
    ]);
  });

  it("[E12.3] where the system has no notifications nothing is made and the page is told", () => {
    const system = fakeSystem(false);
    expect(system.notifier.show({ title: "Vote opened", body: "x", tag: "a" })).toBe(false);
    expect(system.made).toEqual([]);
  });
});
