import type { ReactNode } from "react";
import { Switch as AriaSwitch, type SwitchProps as AriaSwitchProps } from "react-aria-components/Switch";
import "./tokens.css";
import "./Checkbox.css";
import "./Switch.css";

export interface SwitchProps extends Omit<AriaSwitchProps, "className" | "style" | "children"> {
  /** The label: what is on when the switch is on ("Work offline"). */
  readonly children: ReactNode;
}

/** An on/off switch for a setting that applies at once (Space toggles it). */
export function Switch({ children, ...props }: SwitchProps) {
  return (
    <AriaSwitch {...props} className="ui-Switch">
      <span className="ui-Switch-track" aria-hidden="true">
        <span className="ui-Switch-handle" />
      </span>
      <span>{children}</span>
    </AriaSwitch>
  );
}
