import { useState } from "react";
import { Input } from "react-aria-components/Input";
import { TextArea as AriaTextArea } from "react-aria-components/TextArea";
import { TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from "react-aria-components/TextField";
import { useFormat } from "../i18n/use-format.js";
import { useT } from "../i18n/use-t.js";
import { FieldDescription, FieldLabel, FieldProblem } from "./Field.js";
import "./tokens.css";
import "./Field.css";

export interface TextFieldProps extends Omit<AriaTextFieldProps, "className" | "style" | "children" | "isInvalid" | "maxLength"> {
  readonly label: string;
  readonly description?: string;
  /** What is wrong with the value (from the action that refused it); the field is invalid while set. */
  readonly errorMessage?: string;
  /**
   * Most characters allowed, counted as the record rules count them (JavaScript string length).
   * The field shows "12 of 200 characters" and never cuts what is typed or pasted: past the
   * limit it says how many characters too many, is invalid, and its form will not submit.
   */
  readonly limit?: number;
  /** Adds "(optional)" to the label. */
  readonly optional?: boolean;
  /** Several lines (a textarea) of `rows` lines (4 by default). */
  readonly multiline?: boolean;
  readonly rows?: number;
}

/** A labelled text field with its description, its problem and, with a limit, a character count. */
export function TextField({ label, description, errorMessage, limit, optional = false, multiline = false, rows = 4, ...props }: TextFieldProps) {
  const t = useT("common");
  const format = useFormat();
  const [typed, setTyped] = useState(props.defaultValue ?? "");
  const used = (props.value ?? typed).length;
  const over = limit === undefined ? 0 : Math.max(0, used - limit);
  const problem = errorMessage ?? (over > 0 ? t("field.tooLong", { count: over }) : undefined);
  return (
    <AriaTextField
      {...props}
      {...(problem === undefined ? {} : { isInvalid: true })}
      className="ui-Field"
      onChange={(value) => {
        setTyped(value);
        props.onChange?.(value);
      }}
    >
      <FieldLabel optional={optional}>{label}</FieldLabel>
      {multiline ? <AriaTextArea className="ui-Input" rows={rows} /> : <Input className="ui-Input" />}
      {description !== undefined || limit !== undefined ? (
        <FieldDescription>
          {description}
          {limit === undefined ? null : (
            <span className="ui-CharacterCount" data-over={over > 0 || undefined}>
              {t("field.characterCount", { used: format.count(used), limit: format.count(limit) })}
            </span>
          )}
        </FieldDescription>
      ) : null}
      <FieldProblem>{problem}</FieldProblem>
      {limit === undefined ? null : (
        // Said once when the text goes past the limit, not at every key.
        <span className="ui-visually-hidden" aria-live="polite">
          {over > 0 ? t("field.overLimit", { limit: format.count(limit) }) : null}
        </span>
      )}
    </AriaTextField>
  );
}
