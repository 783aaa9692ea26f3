// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { focusField } from "./focus-field.js";

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

afterEach(() => {
  document.body.replaceChildren();
});

describe("focusField", () => {
  it("[A11Y3] focuses the field once the page is drawn", async () => {
    document.body.innerHTML = `<input id="f-pass">`;
    focusField("f-pass");
    await frame();
    await frame();
    expect(document.activeElement?.id).toBe("f-pass");
  });

  it("[A11Y3] a field still disabled by the action that just ended gets the focus once it is enabled again", async () => {
    document.body.innerHTML = `<input id="f-pass" disabled>`;
    focusField("f-pass");
    await frame();
    await frame();
    expect(document.activeElement).toBe(document.body);
    document.getElementById("f-pass")!.removeAttribute("disabled");
    await frame();
    await frame();
    expect(document.activeElement?.id).toBe("f-pass");
  });

  it("[A11Y3] a field that never appears is no error", async () => {
    focusField("nowhere");
    await frame();
    expect(document.activeElement).toBe(document.body);
  });
});
