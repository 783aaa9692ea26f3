import type { HostMeetingOptions, MeetingInterface } from "@chapterhouse/crdt/desktop";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useEffect, useId, useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { focusField } from "../../shared/ui/focus-field.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { TextField } from "../../shared/ui/TextField.js";
import { OrganisationChoice, type OrganisationOption } from "./OrganisationChoice.js";
import { withoutCode } from "./without-code.js";
import "./meetings.css";

/** What the host form shows and does. */
export interface HostMeetingFormProps {
  /** The computer's network interfaces (private LAN addresses first); undefined while they load. */
  readonly interfaces: readonly MeetingInterface[] | undefined;
  /** The member's organisations; undefined while the identity is locked. */
  readonly organisations: readonly OrganisationOption[] | undefined;
  readonly defaultName: string;
  /** Starts the meeting; a rejection is shown. On success the page reloads (the desktop). */
  readonly onHost: (options: HostMeetingOptions, organisations: readonly DocumentUrl[]) => Promise<void>;
}

/** Why a meeting's name cannot be used. */
export type MeetingNameProblem = "empty" | "control" | "too-long";

/** E5.4: a meeting's name is what others on the network see (its mDNS name): 1–63 UTF-8 bytes, no control characters. */
export function meetingNameProblem(name: string): MeetingNameProblem | undefined {
  if (name === "") return "empty";
  if (/\p{Cc}/u.test(name)) return "control";
  if (new TextEncoder().encode(name).length > 63) return "too-long";
  return undefined;
}

/** What went wrong on submitting. */
type Failure = { readonly type: "no-network" } | { readonly type: "failed"; readonly problem: unknown };

/** "Host a meeting": its name, the network it is on, the organisations it syncs. */
export function HostMeetingForm({ interfaces, organisations, defaultName, onHost }: HostMeetingFormProps) {
  const t = useT("meetings");
  const ids = useId();
  const [name, setName] = useState(defaultName);
  const [address, setAddress] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<DocumentUrl>>(new Set());
  const [nameProblem, setNameProblem] = useState<MeetingNameProblem | undefined>(undefined);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  const [starting, setStarting] = useState(false);

  // Every organisation is offered checked when there is just one; with several the member picks.
  const only = organisations?.length === 1 ? organisations[0]!.url : undefined;
  useEffect(() => {
    if (only !== undefined) setChosen(new Set([only]));
  }, [only]);
  const selected = address !== "" ? address : (interfaces?.[0]?.address ?? "");

  async function submit(): Promise<void> {
    setFailure(undefined);
    const trimmed = name.trim();
    const problem = meetingNameProblem(trimmed);
    if (problem !== undefined) {
      setNameProblem(problem);
      return focusField(`${ids}-name`);
    }
    if (selected === "") return setFailure({ type: "no-network" });
    setStarting(true);
    try {
      await onHost({ name: trimmed, address: selected }, [...chosen]);
    } catch (problem) {
      setFailure({ type: "failed", problem });
      setStarting(false);
    }
  }

  return (
    <Form
      validationBehavior="aria"
      aria-labelledby={`${ids}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${ids}-heading`}>{t("host.title")}</h2>
      <p>{t("host.text")}</p>
      <TextField
        id={`${ids}-name`}
        label={t("host.name")}
        description={t("host.nameHelp")}
        value={name}
        onChange={(value) => {
          setName(value);
          setNameProblem(undefined);
        }}
        {...(nameProblem === undefined ? {} : { errorMessage: t(`host.nameProblem.${nameProblem}`) })}
      />
      {interfaces === undefined ? (
        <Skeleton lines={1} />
      ) : (
        <Select
          label={t("host.network")}
          description={t("host.networkHelp")}
          options={interfaces.map((option) => ({ id: option.address, label: t("host.interface", { address: option.address, name: option.name, kind: t(`host.kind.${option.kind}`) }) }))}
          value={selected === "" ? null : selected}
          onChange={(key) => setAddress(String(key))}
          isDisabled={interfaces.length === 0}
        />
      )}
      <OrganisationChoice options={organisations} chosen={chosen} onChange={setChosen} />
      {failure === undefined ? null : failure.type === "no-network" ? (
        <Problem>{t("host.noNetwork")}</Problem>
      ) : (
        <Problem details={withoutCode(failure.problem)}>{t("host.failed")}</Problem>
      )}
      {starting ? (
        <p role="status" aria-busy="true">
          {t("host.starting")}
        </p>
      ) : null}
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={starting || interfaces === undefined}>
          {t("host.submit")}
        </Button>
      </FormActions>
    </Form>
  );
}
