import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useEffect, useId, useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { focusField } from "../../shared/ui/focus-field.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { Problem } from "../../shared/ui/Problem.js";
import { TextField } from "../../shared/ui/TextField.js";
import { JoinAddressError, readJoinAddress, type FoundMeeting, type JoinAddressProblem, type MeetingAddress } from "./join-address.js";
import type { JoinOutcome } from "./meeting-actions.js";
import { OrganisationChoice, type OrganisationOption } from "./OrganisationChoice.js";
import { withoutCode } from "./without-code.js";
import "./meetings.css";

/** What the join form shows and does. */
export interface JoinMeetingFormProps {
  /** A meeting found on the network: its code alone is then enough. */
  readonly found?: FoundMeeting;
  readonly organisations: readonly OrganisationOption[] | undefined;
  readonly onJoin: (address: MeetingAddress, organisations: readonly DocumentUrl[]) => Promise<JoinOutcome>;
  readonly submitLabel: string;
}

type State =
  | { readonly type: "idle" }
  | { readonly type: "joining" }
  | { readonly type: "invalid"; readonly problem: JoinAddressProblem }
  | { readonly type: "failed"; readonly problem: unknown }
  | { readonly type: "done"; readonly outcome: JoinOutcome };

/** Joining a meeting from its join address (or, for a meeting found on the network, its code). */
export function JoinMeetingForm({ found, organisations, onJoin, submitLabel }: JoinMeetingFormProps) {
  const t = useT("meetings");
  const ids = useId();
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<DocumentUrl>>(new Set());
  const [state, setState] = useState<State>({ type: "idle" });
  // The one organisation is offered checked; with several the member picks (as when hosting).
  const only = organisations?.length === 1 ? organisations[0]!.url : undefined;
  useEffect(() => {
    if (only !== undefined) setChosen(new Set([only]));
  }, [only]);

  async function submit(): Promise<void> {
    let address: MeetingAddress;
    try {
      address = readJoinAddress(text, found);
    } catch (problem) {
      if (!(problem instanceof JoinAddressError)) throw problem;
      setState({ type: "invalid", problem: problem.code });
      return focusField(`${ids}-address`);
    }
    setState({ type: "joining" });
    try {
      setState({ type: "done", outcome: await onJoin(address, [...chosen]) });
    } catch (problem) {
      setState({ type: "failed", problem });
    }
  }

  return (
    <Form
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        id={`${ids}-address`}
        label={found === undefined ? t("join.address") : t("join.addressOrCode")}
        description={found === undefined ? t("join.addressHelp") : t("join.codeHelp")}
        value={text}
        inputMode="url"
        autoComplete="off"
        onChange={(value) => {
          setText(value);
          if (state.type === "invalid") setState({ type: "idle" });
        }}
        {...(state.type === "invalid" ? { errorMessage: t(`join.problem.${state.problem}`) } : {})}
      />
      <OrganisationChoice options={organisations} chosen={chosen} onChange={setChosen} />
      {state.type === "joining" ? (
        <p role="status" aria-busy="true">
          {t("join.joining")}
        </p>
      ) : null}
      {state.type === "failed" ? <Problem details={withoutCode(state.problem)}>{t("join.failed")}</Problem> : null}
      {state.type === "done" ? <Outcome outcome={state.outcome} /> : null}
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={state.type === "joining"}>
          {submitLabel}
        </Button>
      </FormActions>
    </Form>
  );
}

function Outcome({ outcome }: { readonly outcome: JoinOutcome }) {
  const t = useT("meetings");
  const common = useT("common");
  switch (outcome.type) {
    case "joined":
      return <p role="status">{outcome.reloading ? t("join.joinedReloading") : t("join.joined")}</p>;
    case "open-instead":
      return (
        <div className="meetings-notice" role="status">
          <p>{common(`serverAddress.${outcome.problem}`)}</p>
          <p>
            {t("join.openInstead")} <Link href={outcome.joinUrl}>{outcome.joinUrl}</Link>
          </p>
        </div>
      );
    case "refused":
      return <Problem details={outcome.reason}>{t("join.refused")}</Problem>;
  }
}
