import type { ReactNode } from "react";
import { FieldError } from "react-aria-components/FieldError";
import { Label } from "react-aria-components/Label";
import { Text } from "react-aria-components/Text";
import { useT } from "../i18n/use-t.js";
import "./tokens.css";
import "./Field.css";

/**
 * The parts every field of the kit shares, placed inside a react-aria field (TextField,
 * NumberField, Select, RadioGroup…), which ties them to its input: the label names it, the
 * description and the problem describe it (aria-describedby).
 */

/** A field's label; `optional` adds "(optional)": the kit marks optional fields, not required ones. */
export function FieldLabel({ children, optional = false }: { readonly children: ReactNode; readonly optional?: boolean }) {
  const t = useT("common");
  return (
    <Label className="ui-FieldLabel">
      {children}
      {optional ? (
        <>
          {" "}
          <span className="ui-FieldLabel-optional">{t("field.optional")}</span>
        </>
      ) : null}
    </Label>
  );
}

/** Help under a field, read with it. */
export function FieldDescription({ children }: { readonly children: ReactNode }) {
  return (
    <Text slot="description" className="ui-FieldDescription">
      {children}
    </Text>
  );
}

/** What is wrong with the field's value, shown while the field is invalid. */
export function FieldProblem({ children }: { readonly children?: ReactNode }) {
  return <FieldError className="ui-FieldProblem">{children}</FieldError>;
}
