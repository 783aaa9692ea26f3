import { MAX_ROOM_MEMBERS, MAX_ROOM_NAME_LENGTH, roomMemberDeps, type Room, type RoomAccess } from "@chapterhouse/crdt/chat";
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { useId, useState, type FormEvent } from "react";
import { navigate } from "../../shared/routing/navigate.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { TextField } from "../../shared/ui/TextField.js";
import { useMessages } from "../messages/index.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { useMemberLabel } from "../profiles/index.js";
import { createRoom } from "./chat-actions.js";
import { roomPath } from "./paths.js";
import { useChatProblem } from "./use-chat-problem.js";
import { useRooms } from "./use-rooms.js";
import "./chat.css";

/** Who may be invited to a room of `chapter`: its members and those of the chapters below it (CH2.2). */
export function invitable(session: OpenOrganisation, chapter: ChapterId): (member: MemberKey) => boolean {
  const roster = session.view.get().roster;
  return (member) => roomMemberDeps(roster, { chapter, access: "subtree", members: [] }, member) !== undefined;
}

/** How a room's access is said in its list and its form (CH2.2). */
function useAccessLabel(): (access: RoomAccess) => string {
  const t = useT("chat");
  return (access) => (access === "subtree" ? t("rooms.accessSubtree") : access === "invited" ? t("rooms.accessInvited") : t("rooms.accessChapter"));
}

/** A room's name as shown: the general room's is the app's word (CH2.4). */
export function useRoomName(): (room: Room) => string {
  const t = useT("chat");
  return (room) => (room.creator === null ? t("rooms.general") : room.name);
}

/**
 * A chapter's rooms (its general room first, PROTOCOL.md CH2.4), the rooms of the chapters below it
 * marked with their chapter (M11.1), and, for its members, the form to create one.
 */
export function ChapterRooms({ space, session, organisation, chapter }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly organisation: string; readonly chapter: ChapterId }) {
  const t = useT("chat");
  const ids = useId();
  const nameOf = useRoomName();
  const accessLabel = useAccessLabel();
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
              <span className="chat-room-access">{accessLabel(room.access)}</span>
            </li>
          ))}
        </ul>
      )}
      {value === undefined || value.below.length === 0 ? null : (
        <>
          <h3 id={`${ids}-below`}>{t("rooms.below")}</h3>
          <ul className="chat-room-list" aria-labelledby={`${ids}-below`}>
            {value.below.map((room) => (
              <li key={room.id} data-room={room.id}>
                <Link href={roomPath.href({ organisation, chapter: room.chapter, room: room.id })} variant="standalone">
                  {nameOf(room)}
                </Link>
                <span className="chat-room-access">{t("rooms.inChapter", { chapter: roster.chapters.get(room.chapter)?.name ?? "" })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {isMember ? <NewRoom space={space} session={session} organisation={organisation} chapter={chapter} /> : <p>{t("rooms.membersOnly")}</p>}
    </section>
  );
}

function NewRoom({ space, session, organisation, chapter }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly organisation: string; readonly chapter: ChapterId }) {
  const t = useT("chat");
  const problemText = useChatProblem();
  const accessLabel = useAccessLabel();
  const messages = useMessages(space);
  const [name, setName] = useState("");
  const [access, setAccess] = useState<RoomAccess>("chapter");
  const [chosen, setChosen] = useState<readonly MemberKey[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const room = await createRoom(space, session, chapter, { name, access, members: chosen });
      // An invited room's content starts with its first epoch, sealed to its first members (CH12.2).
      if (room.access === "invited") await messages.startRoom(room);
      navigate(roomPath.href({ organisation, chapter, room: room.id }));
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
        options={(["chapter", "subtree", "invited"] as const).map((id) => ({ id, label: accessLabel(id) }))}
      />
      {access === "invited" ? <InvitePicker space={space} session={session} chapter={chapter} chosen={chosen} onChange={setChosen} /> : null}
      <FormActions>
        <Button type="submit" variant="primary" isPending={busy}>
          {t("rooms.create")}
        </Button>
      </FormActions>
    </Form>
  );
}

/** The members who may be invited (CH2.2), each with a key for private messages (PF1.3) or said to lack one. */
function InvitePicker({
  space,
  session,
  chapter,
  chosen,
  onChange,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly chapter: ChapterId;
  readonly chosen: readonly MemberKey[];
  readonly onChange: (chosen: readonly MemberKey[]) => void;
}) {
  const t = useT("chat");
  const label = useMemberLabel();
  const may = invitable(session, chapter);
  const members = [...session.view.get().profiles.members.values()].filter((member) => member.member !== space.member.key && may(member.member));
  return (
    <fieldset className="chat-invite">
      <legend>{t("rooms.invite", { limit: MAX_ROOM_MEMBERS })}</legend>
      {members.length === 0 ? (
        <p>{t("rooms.inviteNobody")}</p>
      ) : (
        <ul className="chat-invite-list">
          {members.map((member) => (
            <li key={member.member}>
              <Checkbox
                isDisabled={member.current === undefined}
                isSelected={chosen.includes(member.member)}
                onChange={(selected) => onChange(selected ? [...chosen, member.member] : chosen.filter((one) => one !== member.member))}
              >
                {member.current === undefined ? t("rooms.inviteNoKey", { name: label(member.member) }) : label(member.member)}
              </Checkbox>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
