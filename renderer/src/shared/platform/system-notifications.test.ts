import { describe, expect, it } from "vitest";
import { browserSystemNotifications, type NotificationApi } from "./system-notifications.js";

/** A browser's Notification API: its permission, what asking answers, the notifications raised. */
function fakeApi(permission: string, answer: string | Error) {
  const shown: { title: string; body: string; tag: string; instance: { onclick: (() => void) | null } }[] = [];
  const api = class {
    static permission = permission;
    static requestPermission() {
      if (answer instanceof Error) return Promise.reject(answer);
      api.permission = answer;
      return Promise.resolve(answer);
    }
    onclick: (() => void) | null = null;
    constructor(title: string, options: { readonly body: string; readonly tag: string }) {
      shown.push({ title, ...options, instance: this });
    }
  };
  return { api: api as NotificationApi, shown };
}

describe("browserSystemNotifications", () => {
  it("[NOTE4] nothing is raised before the member allows it; asking (on their click) and allowing lets the next one through, and its click is handled", async () => {
    const { api, shown } = fakeApi("default", "granted");
    const system = browserSystemNotifications(api);
    system.show({ title: "Vote opened", body: "Budget", tag: "1" }, () => undefined);
    expect(shown).toEqual([]);
    await expect(system.request()).resolves.toBe("granted");
    let clicked = 0;
    system.show({ title: "Vote opened", body: "Budget", tag: "1" }, () => clicked++);
    expect(shown.map(({ title, body, tag }) => ({ title, body, tag }))).toEqual([{ title: "Vote opened", body: "Budget", tag: "1" }]);
    shown[0]?.instance.onclick?.();
    expect(clicked).toBe(1);
  });

  it("[NOTE4] a refusal, or a prompt that fails, is 'denied' and raises nothing", async () => {
    const refused = fakeApi("default", "denied");
    await expect(browserSystemNotifications(refused.api).request()).resolves.toBe("denied");
    await expect(browserSystemNotifications(fakeApi("default", new Error("no gesture")).api).request()).resolves.toBe("denied");
    browserSystemNotifications(refused.api).show({ title: "t", body: "b", tag: "x" }, () => undefined);
    expect(refused.shown).toEqual([]);
  });

  it("[NOTE4] a page with no Notification API (an insecure address) says so and raises nothing", async () => {
    const system = browserSystemNotifications(undefined);
    expect(system.permission()).toBe("unsupported");
    await expect(system.request()).resolves.toBe("unsupported");
    expect(() => system.show({ title: "t", body: "b", tag: "x" }, () => undefined)).not.toThrow();
  });
});
