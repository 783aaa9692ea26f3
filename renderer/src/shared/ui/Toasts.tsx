/**
 * Short messages that come and go ("Saved", "Could not reach the relay"), in one landmark region
 * (F6 reaches it) that assistive technology announces. Built on react-aria's toast, which is
 * still marked UNSTABLE_: this file is the one place that names it.
 */
import { Button as AriaButton } from "react-aria-components/Button";
import { Text } from "react-aria-components/Text";
import {
  UNSTABLE_Toast as AriaToast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as AriaToastQueue,
  UNSTABLE_ToastRegion as AriaToastRegion,
} from "react-aria-components/Toast";
import { useT } from "../i18n/use-t.js";
import { Icon } from "./icons.js";
import "./tokens.css";
import "./Toasts.css";

/** One message. */
export interface ToastMessage {
  readonly title: string;
  readonly description?: string;
  readonly tone?: "info" | "success" | "danger";
}

/** The page's queue of messages: `queue.add(message, { timeout: 5000 })` (no timeout for a problem: it stays until closed). */
export type ToastQueue = AriaToastQueue<ToastMessage>;

/** A queue showing at most three messages at once. */
export function createToastQueue(): ToastQueue {
  return new AriaToastQueue<ToastMessage>({ maxVisibleToasts: 3 });
}

/** Where the queue's messages show, each with a close button. Put one per page. */
export function ToastRegion({ queue }: { readonly queue: ToastQueue }) {
  const t = useT("common");
  return (
    <AriaToastRegion queue={queue} className="ui-ToastRegion" aria-label={t("status.notifications")}>
      {({ toast }) => (
        <AriaToast toast={toast} className="ui-Toast" data-tone={toast.content.tone ?? "info"}>
          <ToastContent className="ui-Toast-content">
            <Text slot="title" className="ui-Toast-title">
              {toast.content.title}
            </Text>
            {toast.content.description === undefined ? null : <Text slot="description">{toast.content.description}</Text>}
          </ToastContent>
          <AriaButton slot="close" className="ui-Toast-close" aria-label={t("actions.close")}>
            <Icon name="close" />
          </AriaButton>
        </AriaToast>
      )}
    </AriaToastRegion>
  );
}
