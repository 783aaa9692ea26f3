import type { ReactNode } from "react";
import { Menu, MenuItem, MenuTrigger } from "react-aria-components/Menu";
import { Popover } from "react-aria-components/Popover";
import { useT } from "../i18n/use-t.js";
import { Button, type ButtonProps } from "./Button.js";
import { Icon } from "./icons.js";
import "./tokens.css";
import "./Select.css";

/** One action of a MenuButton. */
export interface MenuAction {
  readonly id: string;
  readonly label: string;
  readonly tone?: "danger";
  readonly isDisabled?: boolean;
}

export interface MenuButtonProps {
  readonly actions: readonly MenuAction[];
  readonly onAction: (id: string) => void;
  /** The button's visible words; without them it shows "⋯" named "More actions" (or `label`). */
  readonly children?: ReactNode;
  readonly label?: string;
  readonly variant?: ButtonProps["variant"];
}

/** A button that opens a menu of actions (arrow keys move, Enter acts, Escape closes and returns focus). */
export function MenuButton({ actions, onAction, children, label, variant = "quiet" }: MenuButtonProps) {
  const t = useT("common");
  return (
    <MenuTrigger>
      {children === undefined ? (
        <Button variant={variant} aria-label={label ?? t("actions.moreActions")}>
          <Icon name="more" />
        </Button>
      ) : (
        <Button variant={variant}>
          {children}
          <Icon name="chevronDown" />
        </Button>
      )}
      <Popover className="ui-Popover">
        <Menu className="ui-Menu" items={actions} onAction={(key) => onAction(String(key))} disabledKeys={actions.filter((a) => a.isDisabled === true).map((a) => a.id)}>
          {(action) => (
            <MenuItem className="ui-MenuItem" id={action.id} textValue={action.label} {...(action.tone === undefined ? {} : { "data-tone": action.tone })}>
              {action.label}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
