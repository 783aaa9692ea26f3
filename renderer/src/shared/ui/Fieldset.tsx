import type { ReactNode } from "react";
import "./tokens.css";
import "./Fieldset.css";

export interface FieldsetProps {
  /** Names the group (its `legend`): a screen reader says it on entering any of its fields. */
  readonly legend: string;
  /** A line under the legend on what the group is for. */
  readonly help?: string;
  readonly children: ReactNode;
}

/** A bordered group of fields that answer one question together (a place, who may join). */
export function Fieldset({ legend, help, children }: FieldsetProps) {
  return (
    <fieldset className="ui-Fieldset">
      <legend className="ui-Fieldset-legend">{legend}</legend>
      {help === undefined ? null : <p className="ui-Fieldset-help">{help}</p>}
      {children}
    </fieldset>
  );
}
