import { MAX_FILE_BYTES, MAX_RESOURCE_DESCRIPTION, MAX_RESOURCE_LINK, MAX_RESOURCE_TITLE, RESOURCE_FILE_TYPES } from "@chapterhouse/crdt/resources";
import type { ChapterId } from "@chapterhouse/crdt/records";
import type { ChapterResource } from "@chapterhouse/crdt/resources";
import { useState } from "react";
import { FileTrigger } from "react-aria-components/FileTrigger";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { TextField } from "../../shared/ui/TextField.js";
import type { ResourceInput } from "./resource-actions.js";
import { folderFromText, tagsFromText, type ChosenFile } from "./resource-input.js";
import { useFileSize } from "./use-file-size.js";
import { useResourceProblem } from "./use-resource-problem.js";

/**
 * The resource form (RS1): title, description, folder, tags, and a file (the limit stated, RS2) or a
 * link. With `initial`, it edits that resource (RS7): its fields filled in, and its file kept
 * unless another is chosen.
 */
export function ResourceForm({
  chapter,
  initial,
  onSubmit,
  onCancel,
}: {
  readonly chapter: ChapterId;
  readonly initial?: ChapterResource;
  readonly onSubmit: (input: ResourceInput) => Promise<unknown>;
  readonly onCancel: () => void;
}) {
  const t = useT("resources");
  const size = useFileSize();
  const problemText = useResourceProblem();
  const [title, setTitle] = useState(initial?.title ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [folder, setFolder] = useState(initial?.folder ?? "");
  const [tags, setTags] = useState(initial?.tags.join(", ") ?? "");
  const [what, setWhat] = useState<"file" | "link">(initial?.link === undefined || initial.link === null ? "file" : "link");
  const [link, setLink] = useState(initial?.link ?? "");
  const kept = initial?.file ?? null;
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const choose = (files: FileList | null) => {
    const chosen = files?.[0];
    if (chosen === undefined) return;
    setProblem(undefined);
    chosen
      .arrayBuffer()
      .then((buffer) => setFile({ name: chosen.name, type: chosen.type, bytes: new Uint8Array(buffer) }))
      .catch((error: unknown) => setProblem(problemText(error)));
  };
  return (
    <Form
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        if (busy || title.trim() === "") return;
        if (what === "file" && file === null && kept === null) return setProblem(t("form.needFile"));
        if (what === "link" && link.trim() === "") return setProblem(t("form.needLink"));
        setBusy(true);
        setProblem(undefined);
        onSubmit({ chapter, title, description, folder: folderFromText(folder), tags: tagsFromText(tags), link: what === "link" ? link.trim() : null, file: what === "file" ? file : null })
          .catch((error: unknown) => setProblem(problemText(error)))
          .finally(() => setBusy(false));
      }}
    >
      <TextField label={t("form.title")} value={title} onChange={setTitle} limit={MAX_RESOURCE_TITLE} isRequired isDisabled={busy} autoFocus />
      <TextField label={t("form.description")} value={description} onChange={setDescription} limit={MAX_RESOURCE_DESCRIPTION} multiline rows={3} optional isDisabled={busy} />
      <TextField label={t("form.folder")} description={t("form.folderText")} value={folder} onChange={setFolder} optional isDisabled={busy} />
      <TextField label={t("form.tags")} description={t("form.tagsText")} value={tags} onChange={setTags} optional isDisabled={busy} />
      <RadioGroup label={t("form.what")} orientation="horizontal" value={what} onChange={(value) => setWhat(value === "link" ? "link" : "file")} options={[{ id: "file", label: t("form.file") }, { id: "link", label: t("form.link") }]} isDisabled={busy} />
      {what === "link" ? (
        <TextField label={t("form.address")} description={t("form.addressText")} type="url" value={link} onChange={setLink} limit={MAX_RESOURCE_LINK} isRequired isDisabled={busy} />
      ) : (
        <div className="resource-file-field">
          <p>{t("form.limit", { limit: size(MAX_FILE_BYTES) })}</p>
          <FileTrigger acceptedFileTypes={[...RESOURCE_FILE_TYPES, ".md", ".csv"]} onSelect={choose}>
            <Button isDisabled={busy}>{t("form.choose")}</Button>
          </FileTrigger>
          {file === null ? null : <p role="status">{t("form.chosen", { name: file.name, size: size(file.bytes.length) })}</p>}
          {file !== null || kept === null ? null : <p>{t("form.kept", { name: kept.name, size: size(kept.size) })}</p>}
        </div>
      )}
      {problem === undefined ? null : <Problem>{problem}</Problem>}
      <FormActions>
        <Button variant="quiet" onPress={onCancel} isDisabled={busy}>
          {t("form.cancel")}
        </Button>
        <Button type="submit" variant="primary" isPending={busy}>
          {initial === undefined ? t("form.submit") : t("form.save")}
        </Button>
      </FormActions>
    </Form>
  );
}
