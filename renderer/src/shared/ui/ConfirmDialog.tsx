import type { ReactNode } from "react";
import { useT } from "../i18n/use-t.js";
import { Button } from "./Button.js";
import { Dialog } from "./Dialog.js";
import "./Dialog.css";

export interface ConfirmDialogProps {
  readonly title: string;
  /** What will happen, in plain words. */
  readonly children: ReactNode;
  /** The confirming button's words: the action itself ("Remove the relay"), "Confirm" by default. */
  readonly confirmLabel?: string;
  /** danger for what cannot be undone: Cancel then has the focus first. */
  readonly tone?: "primary" | "danger";
  readonly onConfirm: () => void;
  readonly isOpen?: boolean;
  readonly onOpenChange?: (isOpen: boolean) => void;
}

/** A question before an action (an alert dialog): Cancel or the action. Escape cancels. */
export function ConfirmDialog({ title, children, confirmLabel, tone = "primary", onConfirm, isOpen, onOpenChange }: ConfirmDialogProps) {
  const t = useT("common");
  return (
    <Dialog
      title={title}
      role="alertdialog"
      isDismissable={false}
      {...(isOpen === undefined ? {} : { isOpen })}
      {...(onOpenChange === undefined ? {} : { onOpenChange })}
    >
      {(close) => (
        <>
          <div className="ui-Dialog-message">{children}</div>
          <div className="ui-Dialog-actions">
            <Button variant="secondary" onPress={close} autoFocus={tone === "danger"}>
              {t("actions.cancel")}
            </Button>
            <Button
              variant={tone}
              autoFocus={tone !== "danger"}
              onPress={() => {
                close();
                onConfirm();
              }}
            >
              {confirmLabel ?? t("actions.confirm")}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
