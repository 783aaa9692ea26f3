import type { ChapterId, ProposalId } from "@chapterhouse/crdt/records";
import { useState, type FormEvent } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { TextArea } from "../../shared/ui/TextArea.js";
import { TextField } from "../../shared/ui/TextField.js";
import { chapterPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { createProposal } from "./create-proposal.js";
import { proposalPath } from "./paths.js";
import { useProposalProblem } from "./use-proposal-problem.js";
import "./proposals.css";


/** A proposal's title is 1–200 characters (PROTOCOL.md P2). */
const TITLE_LIMIT = 200;

/** What another feature starting a proposal from something of its own gives the form (the forum's "turn this topic into a proposal", FO4). */
export interface ProposalOrigin {
  /** The form's first title and draft. */
  readonly title: string;
  readonly draft: string;
  /** Runs once the proposal is started, before its page opens (records where it came from). */
  readonly afterCreate: (space: MemberSpace, session: OpenOrganisation, proposal: ProposalId) => Promise<unknown>;
}

/** Starting a proposal in a chapter the member belongs to: its title and a first draft, prefilled when it comes from elsewhere. */
export function NewProposalScreen({ organisation, chapter, origin }: { readonly organisation: string; readonly chapter: string; readonly origin?: ProposalOrigin }) {
  const t = useT("proposals");
  return (
    <RequireUnlocked title={t("new.title")}>
      {(space) => <NewProposal space={space} organisation={organisation} chapter={chapter as ChapterId} origin={origin} />}
    </RequireUnlocked>
  );
}

function NewProposal({ space, organisation, chapter, origin }: { readonly space: MemberSpace; readonly organisation: string; readonly chapter: ChapterId; readonly origin: ProposalOrigin | undefined }) {
  const t = useT("proposals");
  const problemText = useProposalProblem();
  const { session, view } = useOrganisation(space, organisation);
  const [title, setTitle] = useState(origin?.title ?? "");
  const [draft, setDraft] = useState(origin?.draft ?? "");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const pending = organisationPending(view);
  const current = view?.roster.chapters.get(chapter);
  if (pending !== undefined || session === undefined || current === undefined) {
    return (
      <div className="proposal-waiting">
        <PageHeading>{t("new.title")}</PageHeading>
        <p aria-busy="true">{pending ?? t("new.lookingForChapter")}</p>
      </div>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (session === undefined) return;
    setProblem(undefined);
    setBusy(true);
    try {
      const created = await createProposal(space, session, { chapter, title, draft });
      await origin?.afterCreate(space, session, created.proposal);
      navigate(proposalPath.href({ organisation, chapter, proposal: created.proposal }));
    } catch (failure) {
      setProblem(t("new.failed", { problem: problemText(failure) }));
      setBusy(false);
    }
  }

  return (
    <div className="new-proposal">
      <PageHeading>{t("new.titleIn", { chapter: current.name })}</PageHeading>
      <p className="proposal-lede">{t("new.lede", { chapter: current.name })}</p>
      <Form onSubmit={(event) => void submit(event)}>
        <TextField
          label={t("new.fieldTitle")}
          description={t("new.fieldTitleHelp")}
          limit={TITLE_LIMIT}
          value={title}
          onChange={setTitle}
          validate={(value) => (value.trim() === "" ? t("new.needsTitle") : null)}
          isDisabled={busy}
        />
        <TextArea label={t("new.fieldDraft")} description={t("new.fieldDraftHelp")} optional rows={8} value={draft} onChange={setDraft} isDisabled={busy} />
        {problem === undefined ? null : (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <FormActions>
          <Button type="submit" variant="primary" isPending={busy}>
            {t("new.start")}
          </Button>
          <Link href={chapterPath.href({ organisation, chapter })} variant="standalone">
            {t("new.cancel")}
          </Link>
        </FormActions>
      </Form>
    </div>
  );
}
