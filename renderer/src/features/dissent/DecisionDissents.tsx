import { moderatorDeps, roomMemberDeps } from "@chapterhouse/crdt/chat";
import { MAX_DISSENT_LENGTH } from "@chapterhouse/crdt/dissent";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { Select } from "../../shared/ui/Select.js";
import { TextField } from "../../shared/ui/TextField.js";
import { currentPath, useCurrents } from "../currents/index.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { addDissent, hideDissent } from "./dissent-actions.js";
import { DissentItem } from "./DissentItem.js";
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
 * and time and the current it is linked to (DS1.5), hidden ones with the moderator's reason and the
 * text on request (DS3); and, for the members it applies to, the form to attach their own, linked
 * to a current if they choose.
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
  // The organisation's currents name the links and fill the form's choice (a current not held is not named, DS1.5).
  const currents = useCurrents(space, session).value?.currents ?? [];
  const organisation = documentIdOf(session.url);
  const linkTo = (current: RecordId | undefined) => {
    const named = current === undefined ? undefined : currents.find((entry) => entry.id === current);
    return named === undefined ? undefined : <Link href={currentPath.href({ organisation, current: named.id })}>{t("linkedTo", { current: named.name })}</Link>;
  };
  return (
    <section className="dissents" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t("heading", { count: dissents.length })}</h3>
      {dissents.length === 0 ? null : (
        <ul className="dissent-list" aria-labelledby={`${ids}-heading`}>
          {dissents.map((dissent) => (
            <DissentItem key={dissent.id} dissent={dissent} place={linkTo(dissent.current)} onHide={isModerator ? (reason, hidden) => hideDissent(space, session, chapter, dissent, reason, hidden) : undefined} />
          ))}
        </ul>
      )}
      {isMember ? <AddDissent currents={currents} onAdd={(text, current) => addDissent(space, session, chapter, decision, text, current)} /> : null}
    </section>
  );
}

function AddDissent({ currents, onAdd }: { readonly currents: readonly { readonly id: RecordId; readonly name: string }[]; readonly onAdd: (text: string, current: RecordId | undefined) => Promise<unknown> }) {
  const t = useT("dissent");
  const problemText = useDissentProblem();
  const [text, setText] = useState("");
  const [current, setCurrent] = useState<RecordId | undefined>(undefined);
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
          onAdd(text, current).then(
            () => {
              setText("");
              setCurrent(undefined);
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
        {currents.length === 0 ? null : (
          <Select
            label={t("current")}
            description={t("currentExplain")}
            optional
            options={currents.map((entry) => ({ id: entry.id, label: entry.name }))}
            selectedKey={current ?? null}
            onSelectionChange={(key) => setCurrent(key === null ? undefined : (String(key) as RecordId))}
          />
        )}
        <FormActions>
          <Button type="submit" variant="primary" isPending={busy}>
            {t("sign")}
          </Button>
        </FormActions>
      </Form>
    </Disclosure>
  );
}
