import type { ResourceFile } from "@chapterhouse/crdt/resources";
import { useEffect, useRef, useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { dataUrl } from "../../shared/ui/data-url.js";
import { Problem } from "../../shared/ui/Problem.js";
import { drawPdfPage } from "./draw-pdf-page.js";

/** Widest a PDF's first page is drawn, in CSS pixels. */
const PDF_WIDTH = 480;

/**
 * A verified file shown as its signed type only (PROTOCOL.md RS5.3): an image through the image
 * decoder (a `data:` URL, the one image source the page's policy allows), text as text (never
 * markup), a PDF as the picture of its first page. Nothing in a file runs.
 */
export function FilePreview({ file, bytes, title }: { readonly file: ResourceFile; readonly bytes: Uint8Array; readonly title: string }) {
  const t = useT("resources");
  const [broken, setBroken] = useState(false);
  if (file.type.startsWith("image/"))
    return broken ? <Problem>{t("resource.imageUnreadable")}</Problem> : <img src={dataUrl(file.type, bytes)} alt={title} onError={() => setBroken(true)} />;
  if (file.type.startsWith("text/")) {
    const text = new TextDecoder().decode(bytes);
    return (
      // A scrollable region a keyboard can reach (tabIndex), named for screen readers.
      <pre tabIndex={0} aria-label={t("resource.textLabel", { name: file.name })}>
        {text}
      </pre>
    );
  }
  return <PdfPage bytes={bytes} name={file.name} />;
}

function PdfPage({ bytes, name }: { readonly bytes: Uint8Array; readonly name: string }) {
  const t = useT("resources");
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<"drawing" | "drawn" | "unreadable">("drawing");
  useEffect(() => {
    const target = canvas.current;
    if (target === null) return;
    let live = true;
    setState("drawing");
    drawPdfPage(bytes, target, PDF_WIDTH)
      .then(() => live && setState("drawn"))
      .catch(() => live && setState("unreadable"));
    return () => {
      live = false;
    };
  }, [bytes]);
  return (
    <>
      <canvas ref={canvas} role="img" aria-label={t("resource.pdfPage", { name })} data-state={state} hidden={state === "unreadable"} />
      {state === "drawing" ? <p aria-live="polite">{t("resource.pdfDrawing")}</p> : null}
      {state === "unreadable" ? <Problem>{t("resource.pdfUnreadable")}</Problem> : null}
    </>
  );
}
