import { Radio, RadioGroup as AriaRadioGroup, type RadioGroupProps as AriaRadioGroupProps } from "react-aria-components/RadioGroup";
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
        <Radio key={option.id} value={option.id} className="ui-Radio" {...(option.isDisabled === true ? { isDisabled: true } : {})}>
          <span className="ui-Radio-dot" aria-hidden="true" />
          <span>
            {option.label}
            {option.description === undefined ? null : (
              // Inside the radio's label, so it is read with it.
              <span className="ui-Radio-description">{option.description}</span>
            )}
          </span>
        </Radio>
      ))}
      <FieldProblem>{errorMessage}</FieldProblem>
    </AriaRadioGroup>
  );
}
