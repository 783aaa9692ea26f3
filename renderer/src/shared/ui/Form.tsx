import type { ReactNode } from "react";
import { Form as AriaForm, type FormProps as AriaFormProps } from "react-aria-components/Form";
import "./tokens.css";
import "./Form.css";

/**
 * A form of kit fields, one under the other. On submit, fields that are not valid (a text past
 * its limit, a required field left empty) stop it, show their problem and the first gets focus.
 */
export function Form(props: Omit<AriaFormProps, "className" | "style">) {
  return <AriaForm {...props} className="ui-Form" />;
}

/** The form's buttons, the main one first; they wrap on narrow screens. */
export function FormActions({ children }: { readonly children: ReactNode }) {
  return <div className="ui-FormActions">{children}</div>;
}
