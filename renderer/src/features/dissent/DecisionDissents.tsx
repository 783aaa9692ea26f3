import { moderatorDeps, roomMemberDeps } from "@chapterhouse/crdt/chat";
import { MAX_DISSENT_LENGTH, type Dissent } from "@chapterhouse/crdt/dissent";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { TextField } from "../../shared/ui/TextField.js";
import { HideDialog } from "../chat/index.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { addDissent, hideDissent } from "./dissent-actions.js";
import { useDissents } from "./use-dissents.js";
import { useDissentProblem } from "./use-dissent-problem.js";
import "./dissent.css";

/** Where the decision is, and who looks. */
export interface DecisionPlace {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly chapter: ChapterId;
  readonly decision: RecordId;
}

/**
 * A decision's dissenting statements in the decisions log (PROTOCOL.md DS4), each with its author
 * and time, hidden ones with the moderator's reason and the text on request (DS3); and, for the
 * members it applies to, the form to attach their own.
 */
export function DecisionDissents({ space, session, chapter, decision }: DecisionPlace) {
  const t = useT("dissent");
  const ids = useId();
  const { value } = useDissents(session, chapter);
  const roster = session.view.get().roster;
  const me = space.member.key;
  const isMember = roomMemberDeps(roster, { chapter, access: "subtree", members: [] }, me) !== undefined;
  const isModerator = moderatorDeps(roster, { chapter }, me) !== undefined;
  const dissents = value?.byDecision.get(decision) ?? [];
  return (
    <section className="dissents" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t("heading", { count: dissents.length })}</h3>
      {dissents.length === 0 ? null : (
        <ul className="dissent-list" aria-labelledby={`${ids}-heading`}>
          {dissents.map((dissent) => (
            <DissentItem key={dissent.id} dissent={dissent} onHide={isModerator ? (reason, hidden) => hideDissent(space, session, chapter, dissent, reason, hidden) : undefined} />
          ))}
        </ul>
      )}
      {isMember ? <AddDissent onAdd={(text) => addDissent(space, session, chapter, decision, text)} /> : null}
    </section>
  );
}

function DissentItem({ dissent, onHide }: { readonly dissent: Dissent; readonly onHide: ((reason: string, hidden: boolean) => Promise<unknown>) | undefined }) {
  const t = useT("dissent");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const [shown, setShown] = useState(false);
  const [hiding, setHiding] = useState(false);
  return (
    <li className="dissent" data-dissent={dissent.id} {...(dissent.hidden === null ? {} : { "data-hidden": true })}>
      <p className="dissent-meta">
        {t("by")} <MemberName member={dissent.author} /> · {format.dateTime(dissent.at)}
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

function AddDissent({ onAdd }: { readonly onAdd: (text: string) => Promise<unknown> }) {
  const t = useT("dissent");
  const problemText = useDissentProblem();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  return (
    <Disclosure title={t("add")} headingLevel={4}>
      <p>{t("explain")}</p>
      <Form
        aria-label={t("add")}
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setProblem(undefined);
          onAdd(text).then(
            () => {
              setText("");
              setBusy(false);
            },
            (failure: unknown) => {
              setProblem(problemText(failure));
              setBusy(false);
            },
          );
        }}
      >
        <TextField label={t("statement")} value={text} onChange={setText} multiline rows={4} limit={MAX_DISSENT_LENGTH} isRequired {...(problem === undefined ? {} : { errorMessage: problem })} />
        <FormActions>
          <Button type="submit" variant="primary" isPending={busy}>
            {t("sign")}
          </Button>
        </FormActions>
      </Form>
    </Disclosure>
  );
}
