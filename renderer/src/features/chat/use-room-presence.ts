import type { DocHandle } from "@automerge/automerge-repo";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useEffect, useRef, useState } from "react";
import { HERE_EVERY_MS, RoomPresence, TYPING_FOR_MS } from "./room-presence.js";

/** Who is here and typing in the room whose page 0 is `handle`, and a way to say the member types. */
export function useRoomPresence(handle: DocHandle<unknown> | undefined, me: MemberKey): { readonly here: MemberKey[]; readonly typing: MemberKey[]; readonly typed: () => void } {
  const [presence, setPresence] = useState<RoomPresence | undefined>(undefined);
  const [, setTick] = useState(0);
  const lastTyped = useRef(0);
  useEffect(() => {
    if (handle === undefined) return;
    const opened = new RoomPresence(handle, me, () => Date.now());
    setPresence(opened);
    const rerender = () => setTick((n) => n + 1);
    const off = opened.subscribe(rerender);
    opened.say("chat-here");
    // Say "here" again now and then, and let the lists expire on screen even when nothing is heard.
    const timer = setInterval(() => {
      opened.say("chat-here");
      rerender();
    }, HERE_EVERY_MS);
    const expire = setInterval(rerender, TYPING_FOR_MS);
    return () => {
      clearInterval(timer);
      clearInterval(expire);
      off();
      opened.close();
      setPresence(undefined);
    };
  }, [handle, me]);
  return {
    here: presence?.heard("chat-here") ?? [],
    typing: presence?.heard("chat-typing") ?? [],
    typed: () => {
      const now = Date.now();
      if (presence === undefined || now - lastTyped.current < TYPING_FOR_MS / 2) return;
      lastTyped.current = now;
      presence.say("chat-typing");
    },
  };
}
