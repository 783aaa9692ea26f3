// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { Checkbox } from "./Checkbox.js";
import { Disclosure } from "./Disclosure.js";
import { NumberField } from "./NumberField.js";
import { RadioGroup } from "./RadioGroup.js";
import { Switch } from "./Switch.js";

afterEach(cleanup);

describe("Checkbox and Switch", () => {
  it("[A11Y2] are named by their labels and toggled with Space", async () => {
    const user = userEvent.setup();
    const onCheckbox = vi.fn();
    const onSwitch = vi.fn();
    renderTranslated(
      <>
        <Checkbox onChange={onCheckbox}>Harbour Co-op</Checkbox>
        <Switch onChange={onSwitch}>Work offline</Switch>
      </>,
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("checkbox", { name: "Harbour Co-op" }));
    await user.keyboard(" ");
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("switch", { name: "Work offline" }));
    await user.keyboard(" ");
    expect(onCheckbox).toHaveBeenCalledWith(true);
    expect(onSwitch).toHaveBeenCalledWith(true);
  });
});

describe("RadioGroup", () => {
  it("[A11Y2] is a named group; Tab enters at the chosen option and the arrow keys choose", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTranslated(
      <RadioGroup
        label="Who may join"
        defaultValue="invite"
        onChange={onChange}
        options={[
          { id: "open", label: "Anyone with the link" },
          { id: "invite", label: "Only people invited", description: "A member sends each invitation." },
        ]}
      />,
    );
    expect(screen.getByRole("radiogroup", { name: "Who may join" })).toBeDefined();
    await user.tab();
    // The option's help describes it and is not part of its name.
    expect(document.activeElement).toBe(
      screen.getByRole("radio", { name: "Only people invited", description: "A member sends each invitation." }),
    );
    await user.keyboard("{ArrowUp}");
    expect(onChange).toHaveBeenCalledWith("open");
  });
});

describe("NumberField", () => {
  it("[A11Y2][I18N5] steps with the arrow keys and its buttons, within its bounds, written in the language shown", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTranslated(<NumberField label="Cuota" defaultValue={1234.5} minValue={0} maxValue={1235.5} step={0.5} onChange={onChange} />, "es");
    const input = screen.getByRole<HTMLInputElement>("textbox", { name: "Cuota" });
    expect(input.value).toBe("1234,5");
    await user.click(input);
    await user.keyboard("{ArrowUp}{ArrowUp}{ArrowUp}");
    expect(onChange).toHaveBeenLastCalledWith(1235.5);
    expect(input.value).toBe("1235,5");
    expect(screen.getByRole("button", { name: /Aumentar/ }).hasAttribute("disabled")).toBe(true);
  });
});

describe("Disclosure", () => {
  it("[A11Y2] hides its details until its titled button is pressed with Enter", async () => {
    const user = userEvent.setup();
    renderTranslated(
      <Disclosure title="How this vote is checked">
        <p>Every ballot is signed.</p>
      </Disclosure>,
    );
    const trigger = screen.getByRole("button", { name: "How this vote is checked" });
    expect(trigger.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByText("Every ballot is signed.").closest("[hidden]")).not.toBeNull();
    await user.tab();
    await user.keyboard("{Enter}");
    expect(trigger.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("Every ballot is signed.").closest("[hidden]")).toBeNull();
    expect(screen.getByRole("heading", { level: 3, name: "How this vote is checked" })).toBeDefined();
  });

  it("[A11Y4] a lazy one builds its details only when first opened, and keeps them (what was typed stays) when closed again", async () => {
    const user = userEvent.setup();
    renderTranslated(
      <Disclosure title="Start a topic" lazy>
        <label>
          Title <input />
        </label>
      </Disclosure>,
    );
    const trigger = screen.getByRole("button", { name: "Start a topic" });
    expect(screen.queryByLabelText("Title")).toBeNull();
    await user.click(trigger);
    await user.type(screen.getByLabelText("Title"), "The boiler");
    await user.click(trigger);
    expect(trigger.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByLabelText<HTMLInputElement>("Title").value).toBe("The boiler");
  });
});
