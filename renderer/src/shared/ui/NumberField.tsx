import { Button as AriaButton } from "react-aria-components/Button";
import { Group } from "react-aria-components/Group";
import { Input } from "react-aria-components/Input";
import { NumberField as AriaNumberField, type NumberFieldProps as AriaNumberFieldProps } from "react-aria-components/NumberField";
import { FieldDescription, FieldLabel, FieldProblem } from "./Field.js";
import { Icon } from "./icons.js";
import "./tokens.css";
import "./Field.css";
import "./NumberField.css";

export interface NumberFieldProps extends Omit<AriaNumberFieldProps, "className" | "style" | "children" | "isInvalid"> {
  readonly label: string;
  readonly description?: string;
  readonly errorMessage?: string;
  readonly optional?: boolean;
}

/**
 * A number field written and read in the language shown (react-aria parses "1.234,5" in
 * Spanish), kept within `minValue`…`maxValue`; arrow keys and the − / + buttons step it.
 */
export function NumberField({ label, description, errorMessage, optional = false, ...props }: NumberFieldProps) {
  return (
    <AriaNumberField {...props} {...(errorMessage === undefined ? {} : { isInvalid: true })} className="ui-Field ui-NumberField">
      <FieldLabel optional={optional}>{label}</FieldLabel>
      <Group className="ui-NumberField-group">
        <AriaButton slot="decrement" className="ui-NumberField-step">
          <Icon name="minus" />
        </AriaButton>
        <Input className="ui-Input ui-NumberField-input" />
        <AriaButton slot="increment" className="ui-NumberField-step">
          <Icon name="plus" />
        </AriaButton>
      </Group>
      {description === undefined ? null : <FieldDescription>{description}</FieldDescription>}
      <FieldProblem>{errorMessage}</FieldProblem>
    </AriaNumberField>
  );
}
