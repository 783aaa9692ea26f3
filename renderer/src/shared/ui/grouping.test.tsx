// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { Fieldset } from "./Fieldset.js";
import { ItemList } from "./ItemList.js";
import { TextField } from "./TextField.js";

afterEach(cleanup);

describe("Fieldset", () => {
  it("[A11Y2] is a group named by its legend, holding its fields and its help", () => {
    renderTranslated(
      <Fieldset legend="Place" help="Where the chapter meets.">
        <TextField label="Latitude" />
      </Fieldset>,
    );
    const group = screen.getByRole("group", { name: "Place" });
    expect(within(group).getByRole("textbox", { name: "Latitude" })).toBeDefined();
    expect(within(group).getByText("Where the chapter meets.")).toBeDefined();
  });
});

describe("ItemList", () => {
  it("[A11Y2] is a list named by its label, one item per thing", () => {
    renderTranslated(
      <ItemList label="Sync servers">
        <li>wss://a.example</li>
        <li>wss://b.example</li>
      </ItemList>,
    );
    expect(within(screen.getByRole("list", { name: "Sync servers" })).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["wss://a.example", "wss://b.example"]);
  });
});
