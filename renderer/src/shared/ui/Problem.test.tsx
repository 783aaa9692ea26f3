// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { Problem } from "./Problem.js";

afterEach(cleanup);

describe("Problem", () => {
  it("[A11Y2] says a failure plainly as an alert, its technical account hidden until the member opens the details from the keyboard", async () => {
    const user = userEvent.setup();
    renderTranslated(<Problem details="quota exceeded (IndexedDB)">No se ha guardado nada.</Problem>, "es");
    expect(screen.getByRole("alert").textContent).toContain("No se ha guardado nada.");
    const details = screen.getByRole("button", { name: "Detalles" });
    expect(details.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByText("quota exceeded (IndexedDB)").closest("[hidden]")).not.toBeNull();
    details.focus();
    await user.keyboard("{Enter}");
    expect(details.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("quota exceeded (IndexedDB)").closest("[hidden]")).toBeNull();
  });

  it("has no details part when there is no technical account", () => {
    renderTranslated(<Problem>Try again.</Problem>);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
