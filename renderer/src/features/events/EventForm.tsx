import type { ChapterEvent, EventFields } from "@chapterhouse/crdt/events";
import {
  MAX_ADDRESS_LENGTH,
  MAX_EVENT_DESCRIPTION_LENGTH,
  MAX_EVENT_TITLE_LENGTH,
  MAX_LINK_LENGTH,
} from "@chapterhouse/crdt/events";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useState, type FormEvent } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { TextField } from "../../shared/ui/TextField.js";
import { eventFields, type EventInput } from "./event-input.js";
import { useEventProblem } from "./use-event-problem.js";
import { deviceZone, wallClockOf } from "./zoned-time.js";

const HOUR = 3_600_000;

/** Degrees of a microdegree value, as typed. */
const degrees = (micro: number) => String(micro / 1_000_000);

/** What the form starts with: the event's values, or tomorrow at this hour for two hours on the device's clock. */
function initialInput(event: ChapterEvent | undefined, now: number): EventInput {
  if (event === undefined) {
    const zone = deviceZone();
    const start = Math.ceil((now + 24 * HOUR) / HOUR) * HOUR;
    return {
      title: "",
      description: "",
      start: wallClockOf(start, zone),
      end: wallClockOf(start + 2 * HOUR, zone),
      zone,
      where: "address",
      address: "",
      lat: "",
      lon: "",
      link: "",
      capacity: "",
    };
  }
  const { place } = event;
  return {
    title: event.title,
    description: event.description,
    start: wallClockOf(event.start, event.zone),
    end: wallClockOf(event.end, event.zone),
    zone: event.zone,
    where: place.type,
    address: place.type === "address" ? place.address : "",
    lat: place.type === "address" && place.point !== null ? degrees(place.point.lat) : "",
    lon: place.type === "address" && place.point !== null ? degrees(place.point.lon) : "",
    link: place.type === "online" ? place.link : "",
    capacity: event.capacity === null ? "" : String(event.capacity),
  };
}

/**
 * An event's form (PROTOCOL.md EV1): title, description, start and end on the clocks of a time
 * zone, where (an address with an optional map point, a link, or the meeting host), capacity. What
 * cannot be an event is refused here with what to change (EV5), before anything is signed.
 */
export function EventForm({
  chapter,
  event,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  readonly chapter: ChapterId;
  /** The event changed, or undefined for a new one. */
  readonly event?: ChapterEvent;
  readonly submitLabel: string;
  /** Signs and writes; rejects with the action's problem. */
  readonly onSubmit: (fields: EventFields) => Promise<void>;
  readonly onCancel: () => void;
}) {
  const t = useT("events");
  const problemText = useEventProblem();
  const [input, setInput] = useState<EventInput>(() => initialInput(event, Date.now()));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const set = (name: keyof EventInput) => (value: string) =>
    setInput((current) => ({ ...current, [name]: value }));
  const submit = async (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    setProblem(undefined);
    setBusy(true);
    try {
      await onSubmit(eventFields(chapter, input));
    } catch (failure) {
      setProblem(problemText(failure));
      setBusy(false);
    }
  };
  return (
    <Form onSubmit={(formEvent) => void submit(formEvent)} aria-label={submitLabel}>
      <TextField
        label={t("form.title")}
        value={input.title}
        onChange={set("title")}
        isRequired
        limit={MAX_EVENT_TITLE_LENGTH}
        isDisabled={busy}
      />
      <TextField
        label={t("form.description")}
        value={input.description}
        onChange={set("description")}
        multiline
        optional
        limit={MAX_EVENT_DESCRIPTION_LENGTH}
        isDisabled={busy}
      />
      <TextField
        label={t("form.start")}
        type="datetime-local"
        value={input.start}
        onChange={set("start")}
        isRequired
        isDisabled={busy}
      />
      <TextField
        label={t("form.end")}
        type="datetime-local"
        value={input.end}
        onChange={set("end")}
        isRequired
        isDisabled={busy}
      />
      <TextField
        label={t("form.zone")}
        description={t("form.zoneHelp")}
        value={input.zone}
        onChange={set("zone")}
        isRequired
        isDisabled={busy}
      />
      <RadioGroup
        label={t("form.where")}
        value={input.where}
        onChange={(value) => set("where")(value)}
        isDisabled={busy}
        options={[
          { id: "address", label: t("form.address") },
          { id: "online", label: t("form.online") },
          { id: "host", label: t("form.host"), description: t("form.hostHelp") },
        ]}
      />
      {input.where === "address" ? (
        <>
          <TextField
            label={t("form.addressField")}
            value={input.address}
            onChange={set("address")}
            isRequired
            limit={MAX_ADDRESS_LENGTH}
            isDisabled={busy}
          />
          <TextField
            label={t("form.lat")}
            description={t("form.pointHelp")}
            value={input.lat}
            onChange={set("lat")}
            optional
            inputMode="decimal"
            isDisabled={busy}
          />
          <TextField
            label={t("form.lon")}
            value={input.lon}
            onChange={set("lon")}
            optional
            inputMode="decimal"
            isDisabled={busy}
          />
        </>
      ) : null}
      {input.where === "online" ? (
        <TextField
          label={t("form.link")}
          type="url"
          value={input.link}
          onChange={set("link")}
          isRequired
          limit={MAX_LINK_LENGTH}
          isDisabled={busy}
        />
      ) : null}
      <TextField
        label={t("form.capacity")}
        description={t("form.capacityHelp")}
        value={input.capacity}
        onChange={set("capacity")}
        optional
        inputMode="numeric"
        isDisabled={busy}
      />
      {problem === undefined ? null : <Problem>{problem}</Problem>}
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={busy}>
          {submitLabel}
        </Button>
        <Button onPress={onCancel} isDisabled={busy}>
          {t("form.cancel")}
        </Button>
      </FormActions>
    </Form>
  );
}
