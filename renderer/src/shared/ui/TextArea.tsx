import { TextField, type TextFieldProps } from "./TextField.js";

/** A labelled text field of several lines: TextField with `multiline`. */
export function TextArea(props: Omit<TextFieldProps, "multiline">) {
  return <TextField {...props} multiline />;
}
