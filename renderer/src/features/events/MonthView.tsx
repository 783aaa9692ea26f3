import type { ChapterEvent } from "@chapterhouse/crdt/events";
import { useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Link } from "../../shared/ui/Link.js";
import { monthGrid } from "./month-grid.js";

/** Monday to Sunday, for the weekday headings (1 Jan 2024 was a Monday). */
const WEEK = Array.from({ length: 7 }, (_, i) => new Date(2024, 0, 1 + i).getTime());

/** A month of events as a table, weeks from Monday; Previous and Next move by a month. */
export function MonthView({
  events,
  hrefOf,
  now,
}: {
  readonly events: readonly ChapterEvent[];
  readonly hrefOf: (event: ChapterEvent) => string;
  readonly now: number;
}) {
  const t = useT("events");
  const format = useFormat();
  const [shown, setShown] = useState(() => ({
    year: new Date(now).getFullYear(),
    month: new Date(now).getMonth(),
  }));
  const name = new Intl.DateTimeFormat(format.locale, { month: "long", year: "numeric" }).format(
    new Date(shown.year, shown.month, 1),
  );
  const weekday = new Intl.DateTimeFormat(format.locale, { weekday: "short" });
  const weekdayLong = new Intl.DateTimeFormat(format.locale, { weekday: "long" });
  const move = (by: number) =>
    setShown(({ year, month }) => ({
      year: year + Math.floor((month + by) / 12),
      month: (((month + by) % 12) + 12) % 12,
    }));
  const weeks = monthGrid(shown.year, shown.month, events);
  const any = weeks.some((week) => week.some((day) => day !== null && day.events.length > 0));
  return (
    <div className="events-month">
      <div className="events-month-nav">
        <Button size="small" onPress={() => move(-1)}>
          {t("month.previous")}
        </Button>
        <Button size="small" onPress={() => move(1)}>
          {t("month.next")}
        </Button>
      </div>
      <table className="events-month-table">
        <caption>{t("month.caption", { month: name })}</caption>
        <thead>
          <tr>
            {WEEK.map((at) => (
              <th key={at} scope="col" abbr={weekdayLong.format(at)}>
                {weekday.format(at)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((day, j) =>
                day === null ? (
                  <td key={j} />
                ) : (
                  <td key={j} data-day={day.day}>
                    <span className="events-month-day">{day.day}</span>
                    {day.events.map((event) => (
                      <Link key={event.id} href={hrefOf(event)}>
                        {format.time(event.start)} {event.title}
                      </Link>
                    ))}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {any ? null : <p>{t("month.empty")}</p>}
    </div>
  );
}
