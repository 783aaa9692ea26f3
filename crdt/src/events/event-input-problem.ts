/**
 * What the app checks before signing an event (PROTOCOL.md EV1.3, EV5): the body's schema, and that
 * this device's time zone database knows the zone. The zone's existence is not a rule of validity
 * (devices' databases differ by version, and validity must not), so it is checked where the
 * organiser types it: a zone that does not exist is refused there with a clear error.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { parseEventBody, type EventFields } from "./event-bodies.js";

/** True if this device's time zone database knows `zone` (ECMA-402 `Intl.DateTimeFormat`). Never throws. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Why `fields` cannot be signed as an event (EV1), or undefined: the schema's problem (an end not
 * after its start: "end must be after start"), else `time zone <zone> does not exist` when this
 * device knows no such zone. Never throws.
 */
export function eventInputProblem(fields: EventFields): string | undefined {
  const parsed = parseEventBody("event", fields as unknown as CanonicalValue);
  if (!parsed.ok) return parsed.problem;
  return isKnownZone(fields.zone) ? undefined : `time zone ${fields.zone} does not exist`;
}
