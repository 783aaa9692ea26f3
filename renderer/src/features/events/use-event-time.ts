import type { ChapterEvent } from "@chapterhouse/crdt/events";
import { useCallback } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { deviceZone } from "./zoned-time.js";

/** An event's times as shown: on the viewer's clock, and on the event's own when that is another zone (EV1.3). */
export interface EventTimes {
  readonly start: string;
  readonly end: string;
  /** "27 Nov 2026, 18:00 CET – 20:00 CET" on the event's clock; undefined when it is the viewer's zone, or a zone this device does not know (then UTC is shown below). */
  readonly theirs: string | undefined;
}

/** Shows an event's start and end in the viewer's zone and in the event's. */
export function useEventTime(): (event: Pick<ChapterEvent, "start" | "end" | "zone">) => EventTimes {
  const format = useFormat();
  return useCallback(
    (event) => {
      const here = deviceZone();
      const start = format.dateTime(event.start, { weekday: true });
      const end = format.dateTime(event.end, { weekday: true });
      if (event.zone === here) return { start, end, theirs: undefined };
      try {
        return {
          start,
          end,
          theirs: `${format.dateTime(event.start, { weekday: true, timeZone: event.zone })} – ${format.dateTime(event.end, { weekday: true, timeZone: event.zone })}`,
        };
      } catch {
        // A zone this device's database does not know (EV1.3): its times shown in UTC.
        return {
          start,
          end,
          theirs: `${format.dateTime(event.start, { weekday: true, timeZone: "UTC" })} – ${format.dateTime(event.end, { weekday: true, timeZone: "UTC" })}`,
        };
      }
    },
    [format],
  );
}
