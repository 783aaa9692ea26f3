import type { ReactNode } from "react";
import { Checkbox as AriaCheckbox, type CheckboxProps as AriaCheckboxProps } from "react-aria-components/Checkbox";
import { Icon } from "./icons.js";
import "./tokens.css";
import "./Checkbox.css";

export interface CheckboxProps extends Omit<AriaCheckboxProps, "className" | "style" | "children"> {
  /** The label, beside the box. */
  readonly children: ReactNode;
}

/** A checkbox with its label (Space toggles it; the label is part of its target). */
export function Checkbox({ children, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className="ui-Checkbox">
      <span className="ui-Checkbox-box" aria-hidden="true">
        <Icon name="check" className="ui-Checkbox-check" />
      </span>
      <span>{children}</span>
    </AriaCheckbox>
  );
}
