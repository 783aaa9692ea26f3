import { Button as AriaButton } from "react-aria-components/Button";
import { ListBox, ListBoxItem } from "react-aria-components/ListBox";
import { Popover } from "react-aria-components/Popover";
import { Select as AriaSelect, SelectValue, type SelectProps as AriaSelectProps } from "react-aria-components/Select";
import { useT } from "../i18n/use-t.js";
import { FieldDescription, FieldLabel, FieldProblem } from "./Field.js";
import { Icon } from "./icons.js";
import "./tokens.css";
import "./Field.css";
import "./Select.css";

/** One choice of a Select. `lang` for a label in another language than the page (a language's own name). */
export interface SelectOption {
  readonly id: string;
  readonly label: string;
  readonly lang?: string;
}

export interface SelectProps extends Omit<AriaSelectProps<SelectOption>, "className" | "style" | "children" | "items" | "isInvalid"> {
  readonly label: string;
  readonly options: readonly SelectOption[];
  readonly description?: string;
  readonly errorMessage?: string;
  readonly optional?: boolean;
}

/**
 * A drop-down list of choices (react-aria Select: opened with Enter, Space or the arrow keys,
 * typing a letter jumps to a choice). `value` / `onChange` carry the chosen option's id.
 */
export function Select({ label, options, description, errorMessage, optional = false, ...props }: SelectProps) {
  const t = useT("common");
  return (
    <AriaSelect placeholder={t("select.placeholder")} {...props} {...(errorMessage === undefined ? {} : { isInvalid: true })} className="ui-Field ui-Select">
      <FieldLabel optional={optional}>{label}</FieldLabel>
      <AriaButton className="ui-Select-button">
        <SelectValue className="ui-Select-value" />
        <Icon name="chevronDown" />
      </AriaButton>
      {description === undefined ? null : <FieldDescription>{description}</FieldDescription>}
      <FieldProblem>{errorMessage}</FieldProblem>
      <Popover className="ui-Popover">
        <ListBox className="ui-ListBox" items={options}>
          {(option) => (
            <ListBoxItem className="ui-ListBoxItem" id={option.id} textValue={option.label} {...(option.lang === undefined ? {} : { lang: option.lang })}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
