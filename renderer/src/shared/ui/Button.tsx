import { Button as AriaButton, type ButtonProps as AriaButtonProps } from "react-aria-components/Button";
import "./tokens.css";
import "./Button.css";

/** primary: the one main action of a view; danger: destroys or cannot be undone; quiet: minor, in lists and toolbars. */
export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";
export type ButtonSize = "small" | "medium";

export interface ButtonProps extends Omit<AriaButtonProps, "className" | "style"> {
  readonly variant?: ButtonVariant;
  readonly size?: ButtonSize;
}

/**
 * A button (react-aria: Enter and Space press it, pointer and touch alike; `isPending` keeps it
 * focusable and tells assistive technology it is busy). Its children are its label.
 */
export function Button({ variant = "secondary", size = "medium", ...props }: ButtonProps) {
  return <AriaButton {...props} className="ui-Button" data-variant={variant} data-size={size} />;
}
