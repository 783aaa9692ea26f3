import type { MemberKey } from "@chapterhouse/crdt/records";
import { useEffect, useState } from "react";
import { useLastVisits } from "./last-visits.js";

/** The member's last visit before this session, once read ("loading" before; undefined: none); showing the home notes a visit. */
export function useLastVisit(member: MemberKey): number | undefined | "loading" {
  const visits = useLastVisits();
  const [since, setSince] = useState<{ readonly member: MemberKey; readonly at: number | undefined } | undefined>(undefined);
  useEffect(() => {
    let shown = true;
    void visits.visit(member, Date.now()).then((at) => {
      if (shown) setSince({ member, at });
    });
    return () => {
      shown = false;
    };
  }, [visits, member]);
  return since?.member === member ? since.at : "loading";
}
