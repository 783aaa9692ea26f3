/** Today as a day `YYYY-MM-DD` on the member's own calendar (PROTOCOL.md PJ6.4): what `taskOverdue` compares a due day with. Pure; never throws. */
export function todayDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(now.getFullYear()).padStart(4, "0")}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
