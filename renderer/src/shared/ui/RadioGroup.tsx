import {
  RadioButton,
  RadioField,
  RadioGroup as AriaRadioGroup,
  type RadioGroupProps as AriaRadioGroupProps,
} from "react-aria-components/RadioGroup";
import { Text } from "react-aria-components/Text";
import { FieldDescription, FieldLabel, FieldProblem } from "./Field.js";
import "./tokens.css";
import "./Field.css";
import "./Checkbox.css";
import "./RadioGroup.css";

/** One choice of a RadioGroup, with an optional line of help under it; a disabled one stays listed (its help says why). */
export interface RadioOption {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly isDisabled?: boolean;
}

export interface RadioGroupProps extends Omit<AriaRadioGroupProps, "className" | "style" | "children" | "isInvalid"> {
  readonly label: string;
  readonly options: readonly RadioOption[];
  readonly description?: string;
  readonly errorMessage?: string;
}

/** A labelled group of exclusive choices (Tab enters it, the arrow keys choose). `value` is an option's id. */
export function RadioGroup({ label, options, description, errorMessage, ...props }: RadioGroupProps) {
  return (
    <AriaRadioGroup {...props} {...(errorMessage === undefined ? {} : { isInvalid: true })} className="ui-Field ui-RadioGroup">
      <FieldLabel>{label}</FieldLabel>
      {description === undefined ? null : <FieldDescription>{description}</FieldDescription>}
      {options.map((option) => (
        <RadioField key={option.id} value={option.id} className="ui-RadioField" {...(option.isDisabled === true ? { isDisabled: true } : {})}>
          <RadioButton className="ui-Radio">
            <span className="ui-Radio-dot" aria-hidden="true" />
            <span>{option.label}</span>
          </RadioButton>
          {option.description === undefined ? null : (
            // The radio's description, not part of its name: read after it.
            <Text slot="description" className="ui-Radio-description">
              {option.description}
            </Text>
          )}
        </RadioField>
      ))}
      <FieldProblem>{errorMessage}</FieldProblem>
    </AriaRadioGroup>
  );
}
