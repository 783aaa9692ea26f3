import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import type { MemberPlace } from "../../shared/routing/member-actions.js";
import { Button } from "../../shared/ui/Button.js";
import { errorText } from "../../shared/ui/error-text.js";
import { Problem } from "../../shared/ui/Problem.js";
import { useMemberSpace, type MemberSpace } from "../organisation/index.js";
import { conversationPath } from "./paths.js";
import { useMessages } from "./use-messages.js";

/** "Send a message" on another member's page: opens the one-to-one conversation with them, started if there is none. */
export function SendMessageAction({ member }: MemberPlace) {
  const { space } = useMemberSpace();
  return space === undefined ? null : <SendMessage space={space} member={member} />;
}

function SendMessage({ space, member }: { readonly space: MemberSpace; readonly member: MemberPlace["member"] }) {
  const t = useT("messages");
  const messages = useMessages(space);
  const [problem, setProblem] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const overview = (await space.documents.query(messages.overviewQuery()).until((state) => state.value !== undefined, "your conversations were not read", 30_000)).value!;
      const pair = [space.member.key, member].sort().join(" ");
      const found = overview.find((view) => view.members.join(" ") === pair)?.conversation ?? (await messages.start([member]));
      navigate(conversationPath.href({ creator: found.creator, salt: found.salt }));
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="messages-send-action">
      <Button variant="primary" isDisabled={busy} onPress={() => void open()}>
        {t("start.sendTo")}
      </Button>
      {problem === undefined ? null : <Problem details={errorText(problem)}>{t("start.problem")}</Problem>}
    </div>
  );
}
