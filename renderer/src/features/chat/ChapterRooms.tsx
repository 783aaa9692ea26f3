import { MAX_ROOM_NAME_LENGTH, roomMemberDeps, type Room, type RoomAccess } from "@chapterhouse/crdt/chat";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useId, useState, type FormEvent } from "react";
import { navigate } from "../../shared/routing/navigate.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { TextField } from "../../shared/ui/TextField.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { createRoom } from "./chat-actions.js";
import { roomPath } from "./paths.js";
import { useChatProblem } from "./use-chat-problem.js";
import { useRooms } from "./use-rooms.js";
import "./chat.css";

/** A room's name as shown: the general room's is the app's word (CH2.4). */
export function useRoomName(): (room: Room) => string {
  const t = useT("chat");
  return (room) => (room.creator === null ? t("rooms.general") : room.name);
}

/** A chapter's rooms (its general room first, PROTOCOL.md CH2.4) and, for its members, the form to create one. */
export function ChapterRooms({ space, session, organisation, chapter }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly organisation: string; readonly chapter: ChapterId }) {
  const t = useT("chat");
  const ids = useId();
  const nameOf = useRoomName();
  const { value, problem } = useRooms(space, session, chapter, null, 0);
  const roster = session.view.get().roster;
  const isMember = roomMemberDeps(roster, { chapter, access: "subtree", members: [] }, space.member.key) !== undefined;
  return (
    <section aria-labelledby={`${ids}-heading`} className="chat-rooms">
      <h2 id={`${ids}-heading`}>{t("rooms.heading")}</h2>
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {t("rooms.problem", { problem })}
        </p>
      )}
      {value === undefined ? (
        <Skeleton lines={2} />
      ) : (
        <ul className="chat-room-list" aria-label={t("rooms.label", { chapter: roster.chapters.get(chapter)?.name ?? "" })}>
          {value.rooms.map((room) => (
            <li key={room.id} data-room={room.id}>
              <Link href={roomPath.href({ organisation, chapter, room: room.id })} variant="standalone">
                {nameOf(room)}
              </Link>
              <span className="chat-room-access">{room.access === "subtree" ? t("rooms.accessSubtree") : t("rooms.accessChapter")}</span>
            </li>
          ))}
        </ul>
      )}
      {isMember ? <NewRoom space={space} session={session} organisation={organisation} chapter={chapter} /> : <p>{t("rooms.membersOnly")}</p>}
    </section>
  );
}

function NewRoom({ space, session, organisation, chapter }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly organisation: string; readonly chapter: ChapterId }) {
  const t = useT("chat");
  const problemText = useChatProblem();
  const [name, setName] = useState("");
  const [access, setAccess] = useState<RoomAccess>("chapter");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const room = await createRoom(space, session, chapter, { name, access });
      navigate(roomPath.href({ organisation, chapter, room }));
    } catch (failure) {
      setProblem(problemText(failure));
      setBusy(false);
    }
  };
  return (
    <Form onSubmit={(event) => void submit(event)} aria-label={t("rooms.new")}>
      <h3>{t("rooms.new")}</h3>
      <TextField label={t("rooms.name")} value={name} onChange={setName} limit={MAX_ROOM_NAME_LENGTH} isRequired {...(problem === undefined ? {} : { errorMessage: problem })} />
      <RadioGroup
        label={t("rooms.access")}
        value={access}
        onChange={(value) => setAccess(value as RoomAccess)}
        options={[
          { id: "chapter", label: t("rooms.accessChapter") },
          { id: "subtree", label: t("rooms.accessSubtree") },
        ]}
      />
      <FormActions>
        <Button type="submit" variant="primary" isPending={busy}>
          {t("rooms.create")}
        </Button>
      </FormActions>
    </Form>
  );
}
