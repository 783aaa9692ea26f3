import { MAX_MESSAGE_LENGTH, type MessageLink } from "@chapterhouse/crdt/chat";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useState, type FormEvent } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Select } from "../../shared/ui/Select.js";
import { TextArea } from "../../shared/ui/TextArea.js";
import { useChatProblem } from "./use-chat-problem.js";

/** A member who may be mentioned, by the name other members see. */
export interface Mentionable {
  readonly key: MemberKey;
  readonly name: string;
}

/** A proposal or a vote a message may link to (PROTOCOL.md CH4.4), by the words that name it. */
export interface Linkable extends MessageLink {
  readonly title: string;
}

/** The word being typed after an "@" at the end of `text`, or undefined. */
function mentionPrefix(text: string): string | undefined {
  return /(?:^|\s)@([^\s@]*)$/.exec(text)?.[1];
}

/**
 * Writing a message: the text (its limit shown, PROTOCOL.md CH4.1), @mentions offered from the
 * members' names as "@" and the start of a name are typed (buttons, so Tab reaches them), a
 * proposal or a vote of the chapter to link (shown as a card, CH4.4), and Send.
 */
export function Composer({
  label,
  submitText,
  members,
  proposals,
  onSend,
  onTyping,
}: {
  readonly label: string;
  readonly submitText: string;
  readonly members: readonly Mentionable[];
  readonly proposals: readonly Linkable[];
  readonly onSend: (text: string, mentions: readonly MemberKey[], links: readonly MessageLink[]) => Promise<unknown>;
  readonly onTyping?: () => void;
}) {
  const t = useT("chat");
  const problemText = useChatProblem();
  const [text, setText] = useState("");
  const [mentions, setMentions] = useState<readonly Mentionable[]>([]);
  const [linked, setLinked] = useState<Linkable | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const prefix = mentionPrefix(text);
  const offered = prefix === undefined ? [] : members.filter((member) => member.name.toLocaleLowerCase().startsWith(prefix.toLocaleLowerCase())).slice(0, 6);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      // Only the members still named in the text are mentioned.
      await onSend(
        text,
        mentions.filter((member) => text.includes(`@${member.name}`)).map((member) => member.key),
        linked === null ? [] : [{ kind: linked.kind, id: linked.id }],
      );
      setText("");
      setMentions([]);
      setLinked(null);
    } catch (failure) {
      setProblem(problemText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form onSubmit={(event) => void submit(event)} aria-label={label}>
      <TextArea
        label={label}
        value={text}
        rows={2}
        limit={MAX_MESSAGE_LENGTH}
        onChange={(value) => {
          setText(value);
          onTyping?.();
        }}
        {...(problem === undefined ? {} : { errorMessage: problem })}
      />
      {offered.length === 0 ? null : (
        <div className="chat-mention-options" role="group" aria-label={t("composer.mentions")}>
          {offered.map((member) => (
            <Button
              key={member.key}
              size="small"
              variant="quiet"
              aria-label={t("composer.mention", { name: member.name })}
              onPress={() => {
                setText(`${text.slice(0, text.length - (prefix ?? "").length)}${member.name} `);
                setMentions([...mentions.filter((m) => m.key !== member.key), member]);
              }}
            >
              @{member.name}
            </Button>
          ))}
        </div>
      )}
      {proposals.length === 0 ? null : (
        <Select
          label={t("composer.link")}
          optional
          options={proposals.map((link) => ({ id: `${link.kind} ${link.id}`, label: link.title }))}
          value={linked === null ? null : `${linked.kind} ${linked.id}`}
          onChange={(key) => setLinked(proposals.find((link) => `${link.kind} ${link.id}` === key) ?? null)}
        />
      )}
      <FormActions>
        <Button type="submit" variant="primary" isPending={busy}>
          {submitText}
        </Button>
      </FormActions>
    </Form>
  );
}
