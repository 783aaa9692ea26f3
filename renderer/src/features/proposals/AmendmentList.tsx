import type {
  AmendmentChange,
  AmendmentEntry,
  AmendmentState,
  ProposalDetail,
} from "@chapterhouse/crdt/proposals";
import type { RecordId } from "@chapterhouse/crdt/records";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Dialog, DialogTrigger } from "../../shared/ui/Dialog.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { StatusPill, type StatusTone } from "../../shared/ui/StatusPill.js";
import { TextArea } from "../../shared/ui/TextArea.js";
import { useMemberLabel } from "../profiles/index.js";
import { useProposalAction } from "./use-proposal-action.js";
import { useProposalProblem } from "./use-proposal-problem.js";

/** A reason is 0–2,000 characters (PROTOCOL.md P6). */
const REASON_LIMIT = 2000;

/** What the list needs from the page. */
export interface AmendmentListProps {
  readonly detail: ProposalDetail;
  /** Accept and reject, for the author and facilitators; undefined for everyone else. */
  readonly decide:
    | {
        readonly accept: (amendment: RecordId) => Promise<unknown>;
        readonly reject: (amendment: RecordId, reason: string) => Promise<unknown>;
      }
    | undefined;
  /** The way to propose one (a button and its dialog), for members while the text is discussed. */
  readonly propose?: ReactNode;
}

const STATE_TONE: Readonly<Record<AmendmentState, StatusTone>> = {
  proposed: "info",
  accepted: "success",
  rejected: "neutral",
  "put-to-vote": "warning",
};

/** A proposal's amendments with what became of each (P6.2), and the author's accept and reject. */
export function AmendmentList({ detail, decide, propose }: AmendmentListProps) {
  const t = useT("proposals");
  const ids = useId();
  return (
    <section aria-labelledby={`${ids}-heading`} className="amendments">
      <div className="section-heading">
        <h2 id={`${ids}-heading`}>{t("amendments.heading")}</h2>
        {/* Always here, so the way to propose (and its "proposed" status) stays put when the first amendment arrives. */}
        {propose}
      </div>
      {detail.amendments.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t("amendments.emptyTitle")}
          description={detail.versions.length === 0 ? t("amendments.emptyNoVersion") : propose === undefined ? t("amendments.emptyOther") : t("amendments.emptyMember")}
        />
      ) : (
        <ol className="amendment-list" aria-label={t("amendments.heading")}>
          {detail.amendments.map((amendment, i) => (
            <Amendment key={amendment.id} amendment={amendment} number={i + 1} detail={detail} decide={decide} />
          ))}
        </ol>
      )}
    </section>
  );
}

function Amendment({ amendment, number, detail, decide }: AmendmentListProps & { readonly amendment: AmendmentEntry; readonly number: number }) {
  const t = useT("proposals");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const problemText = useProposalProblem();
  const ids = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const versionOf = (id: RecordId | null) => detail.versions.find((v) => v.id === id)?.n;
  const next = (detail.versions.at(-1)?.n ?? 0) + 1;
  const n = format.count(number);
  const numberOr = (version: number | undefined) => (version === undefined ? "?" : format.count(version));

  async function accept(): Promise<void> {
    if (decide === undefined) return;
    setProblem(undefined);
    setBusy(true);
    try {
      await decide.accept(amendment.id);
    } catch (failure) {
      setProblem(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li data-record={amendment.id} data-state={amendment.state} aria-labelledby={`${ids}-title`} className="amendment">
      <h3 id={`${ids}-title`} className="amendment-title">
        <span>{t("amendments.number", { n })}</span>
        <StatusPill tone={STATE_TONE[amendment.state]}>{t(`amendments.state.${amendment.state}`)}</StatusPill>
      </h3>
      <p className="amendment-byline">
        {t("amendments.byline", { member: labelOf(amendment.signer), date: format.dateTime(amendment.at), version: numberOr(versionOf(amendment.version)) })}
      </p>
      <ChangeText change={amendment.change} />
      {amendment.reason === "" ? null : <p className="amendment-reason">{t("amendments.why", { reason: amendment.reason })}</p>}
      {amendment.state === "accepted" ? <p className="amendment-outcome">{t("amendments.acceptedInto", { version: numberOr(versionOf(amendment.acceptedIn)) })}</p> : null}
      {amendment.rejection === null || amendment.state !== "rejected" ? null : (
        <p className="amendment-outcome">
          {amendment.rejection.reason === ""
            ? t("amendments.rejectedBy", { member: labelOf(amendment.rejection.signer) })
            : t("amendments.rejectedByWhy", { member: labelOf(amendment.rejection.signer), reason: amendment.rejection.reason })}{" "}
          {t("amendments.rejectedNext")}
        </p>
      )}
      {decide === undefined || amendment.state !== "proposed" ? null : (
        <div className="amendment-decision">
          <Button variant="primary" size="small" isPending={busy} onPress={() => void accept()}>
            {t("amendments.accept", { version: format.count(next) })}
          </Button>
          <RejectAmendment number={n} onReject={(reason) => decide.reject(amendment.id, reason)} />
          {problem === undefined ? null : (
            <p className="form-problem" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
    </li>
  );
}

/** What an amendment changes, in words: the new text, or the option it adds. */
function ChangeText({ change }: { readonly change: AmendmentChange }) {
  const t = useT("proposals");
  return change.type === "text" ? (
    <>
      <p>{t("amendments.changesText")}</p>
      <div className="version-text">{change.text}</div>
    </>
  ) : (
    <p>{t("amendments.addsOption", { option: change.option.label })}</p>
  );
}

/** Rejecting, a second explicit step: a dialog asking why (optional) before the rejection is published. */
function RejectAmendment({ number, onReject }: { readonly number: string; readonly onReject: (reason: string) => Promise<unknown> }) {
  const t = useT("proposals");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const action = useProposalAction();
  const { busy, problem } = action;
  const submit = (event: FormEvent<HTMLFormElement>) => action.submit(event, () => onReject(reason.trim()), () => setOpen(false));

  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button size="small">{t("amendments.reject")}</Button>
      <Dialog title={t("amendments.rejectTitle", { n: number })}>
        <Form onSubmit={(event) => void submit(event)}>
          <TextArea label={t("amendments.rejectReason")} description={t("amendments.rejectHelp")} optional limit={REASON_LIMIT} rows={3} value={reason} onChange={setReason} isDisabled={busy} />
          {problem === undefined ? null : (
            <p className="form-problem" role="alert">
              {problem}
            </p>
          )}
          <FormActions>
            <Button type="submit" variant="danger" isPending={busy}>
              {t("amendments.rejectConfirm", { n: number })}
            </Button>
            <Button onPress={() => setOpen(false)} isDisabled={busy}>
              {t("amendments.cancel")}
            </Button>
          </FormActions>
        </Form>
      </Dialog>
    </DialogTrigger>
  );
}
