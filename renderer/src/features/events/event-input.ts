/**
 * An event as the organiser types it, made into the members of an `event` (PROTOCOL.md EV1): times
 * typed on the event's own clock (`datetime-local` values in its zone), a place, a capacity. Every
 * refusal is an EventProblem the form shows beside what to change (EV5).
 */
import { eventInputProblem, isKnownZone, type EventFields, type EventPlace } from "@chapterhouse/crdt/events";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { EventProblem } from "./event-problem.js";
import { instantOf } from "./zoned-time.js";

/** What the event form holds. */
export interface EventInput {
  readonly title: string;
  readonly description: string;
  /** `YYYY-MM-DDTHH:MM` on the clocks of `zone`. */
  readonly start: string;
  readonly end: string;
  readonly zone: string;
  readonly where: EventPlace["type"];
  readonly address: string;
  /** Decimal degrees as typed, both empty for no map point. */
  readonly lat: string;
  readonly lon: string;
  readonly link: string;
  /** Empty for no limit. */
  readonly capacity: string;
}

/** Decimal degrees as typed, as integer microdegrees (M4.1), or undefined if not a number within `limit`. */
function micro(text: string, limit: number): number | undefined {
  const value = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(value) && Math.abs(value) <= limit
    ? Math.round(value * 1_000_000)
    : undefined;
}

function placeOf(input: EventInput): EventPlace {
  if (input.where === "online") return { type: "online", link: input.link.trim() };
  if (input.where === "host") return { type: "host" };
  if (input.lat.trim() === "" && input.lon.trim() === "")
    return { type: "address", address: input.address.trim(), point: null };
  const lat = micro(input.lat, 90);
  const lon = micro(input.lon, 180);
  if (lat === undefined || lon === undefined)
    throw new EventProblem(
      "no-point",
      "A map point is a latitude from -90 to 90 and a longitude from -180 to 180.",
    );
  return { type: "address", address: input.address.trim(), point: { lat, lon } };
}

/**
 * The members of an `event` of `chapter` from what the form holds.
 * @throws {EventProblem} `unknown-zone` for a time zone that does not exist, `no-time` for a time
 *   that is not one, `end-before-start`, `no-point`, or `not-signable` with the schema's problem.
 */
export function eventFields(chapter: ChapterId, input: EventInput): EventFields {
  const zone = input.zone.trim();
  if (!isKnownZone(zone))
    throw new EventProblem("unknown-zone", `Time zone ${zone} does not exist.`, { zone });
  const start = instantOf(input.start, zone);
  const end = instantOf(input.end, zone);
  if (start === undefined || end === undefined)
    throw new EventProblem("no-time", "Give the day and time it starts and ends.");
  if (end <= start) throw new EventProblem("end-before-start", "The end must be after the start.");
  const capacity = input.capacity.trim() === "" ? null : Number(input.capacity);
  const fields: EventFields = {
    chapter,
    title: input.title.trim(),
    description: input.description.trim(),
    start,
    end,
    zone,
    place: placeOf(input),
    capacity,
  };
  const problem = eventInputProblem(fields);
  if (problem !== undefined)
    throw new EventProblem("not-signable", `This cannot be signed: ${problem}.`, { detail: problem });
  return fields;
}
