import type { ReactNode } from "react";
import { Button as AriaButton } from "react-aria-components/Button";
import { Dialog as AriaDialog } from "react-aria-components/Dialog";
import { Heading } from "react-aria-components/Heading";
import { Modal, ModalOverlay } from "react-aria-components/Modal";
import { useT } from "../i18n/use-t.js";
import { Icon } from "./icons.js";
import "./tokens.css";
import "./Dialog.css";

export { DialogTrigger } from "react-aria-components/Dialog";

export interface DialogProps {
  readonly title: string;
  /** The content, or a function of `close` for content with its own buttons. */
  readonly children: ReactNode | ((close: () => void) => ReactNode);
  /** Controlled use; inside a DialogTrigger (a Button then this) neither is needed. */
  readonly isOpen?: boolean;
  readonly onOpenChange?: (isOpen: boolean) => void;
  /** Clicking outside closes it (true by default); Escape always does. */
  readonly isDismissable?: boolean;
  /** "alertdialog" for a question that interrupts (ConfirmDialog). */
  readonly role?: "dialog" | "alertdialog";
}

/**
 * A modal dialog: its title names it, focus moves into it and stays there, Escape or the close
 * button closes it and focus returns to what opened it; the page behind is inert.
 */
export function Dialog({ title, children, isOpen, onOpenChange, isDismissable = true, role = "dialog" }: DialogProps) {
  const t = useT("common");
  return (
    <ModalOverlay
      className="ui-ModalOverlay"
      isDismissable={isDismissable}
      {...(isOpen === undefined ? {} : { isOpen })}
      {...(onOpenChange === undefined ? {} : { onOpenChange })}
    >
      <Modal className="ui-Modal">
        <AriaDialog className="ui-Dialog" role={role}>
          {({ close }) => (
            <>
              <div className="ui-Dialog-header">
                <Heading slot="title" className="ui-Dialog-title">
                  {title}
                </Heading>
                <AriaButton className="ui-Dialog-close" onPress={close} aria-label={t("actions.close")}>
                  <Icon name="close" />
                </AriaButton>
              </div>
              {typeof children === "function" ? children(close) : children}
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
