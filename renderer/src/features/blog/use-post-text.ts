import type { BlogPost } from "@chapterhouse/crdt/blog";
import { useEffect, useRef } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { sendMessage, type RoomContext } from "../chat/index.js";
import { loadPostText, savePostText } from "./blog-local.js";

/** Posts a new post's text, kept on this device by the writing form until then (so a reload loses nothing). */
export function usePostText(context: RoomContext, post: BlogPost, missing: boolean): void {
  const { db } = useAppData();
  const sent = useRef(false);
  useEffect(() => {
    if (!missing || sent.current) return;
    sent.current = true;
    void (async () => {
      const text = await loadPostText(db, post.id);
      if (text === "") return;
      await savePostText(db, post.id, "");
      // Refused (offline vault, too long): the text goes back to be posted on the next visit, never lost.
      await sendMessage(context, { text }).catch(() => savePostText(db, post.id, text));
    })();
  }, [context, db, missing, post.id]);
}
