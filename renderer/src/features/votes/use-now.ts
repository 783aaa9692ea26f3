import { useEffect, useState } from "react";

/**
 * The device clock, re-read every `everyMs` (default 1 s) so that what depends on a vote's
 * closing and finality times (the close and decision buttons) appears when the time comes.
 */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
