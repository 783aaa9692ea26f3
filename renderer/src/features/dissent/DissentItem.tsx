import type { Dissent } from "@chapterhouse/crdt/dissent";
import { useState, type ReactNode } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { HideDialog } from "../chat/index.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";

/**
 * One dissenting statement (PROTOCOL.md DS4): its author and time, where it stands (`place`: the
 * current it is linked to in the log, DS1.5, or its chapter on the current's page, DS6), hidden
 * with the moderator's reason and its text on request (DS3), and a moderator's hide when `onHide`.
 */
export function DissentItem({ dissent, place, onHide }: { readonly dissent: Dissent; readonly place?: ReactNode; readonly onHide: ((reason: string, hidden: boolean) => Promise<unknown>) | undefined }) {
  const t = useT("dissent");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const [shown, setShown] = useState(false);
  const [hiding, setHiding] = useState(false);
  return (
    <li className="dissent" data-dissent={dissent.id} {...(dissent.hidden === null ? {} : { "data-hidden": true })}>
      <p className="dissent-meta">
        {t("by")} <MemberName member={dissent.author} /> · {format.dateTime(dissent.at)}
        {place === undefined ? null : <> · {place}</>}
      </p>
      {dissent.hidden === null ? null : (
        <p role="note">
          {t("hidden", { moderator: labelOf(dissent.hidden.by), reason: dissent.hidden.reason })}{" "}
          <Button size="small" variant="quiet" onPress={() => setShown(!shown)}>
            {shown ? t("hideAgain") : t("showAnyway")}
          </Button>
        </p>
      )}
      {dissent.hidden !== null && !shown ? null : <p className="dissent-text">{dissent.text}</p>}
      {onHide === undefined ? null : dissent.hidden === null ? (
        <>
          <Button size="small" variant="quiet" onPress={() => setHiding(true)}>
            {t("hide")}
          </Button>
          <HideDialog isOpen={hiding} onOpenChange={setHiding} onHide={(reason) => onHide(reason, true)} />
        </>
      ) : (
        <Button size="small" variant="quiet" onPress={() => void onHide(dissent.hidden?.reason ?? "", false).catch(() => undefined)}>
          {t("unhide")}
        </Button>
      )}
    </li>
  );
}
