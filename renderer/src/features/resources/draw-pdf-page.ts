/**
 * A PDF's first page drawn onto a canvas (PROTOCOL.md RS5.3) by pdf.js, loaded only when a PDF is
 * previewed (its own chunk and worker, part of the app's files, so it works offline). Nothing in
 * the file runs: pdf.js's core never runs a PDF's scripts (only its viewer's scripting sandbox
 * would, which is not loaded); `isEvalSupported: false` keeps it from compiling fonts to code, and
 * `disableFontFace` draws glyphs as paths, so no font is installed in the page.
 */

/**
 * Draws page 1 of `bytes` on `canvas`, `width` CSS pixels wide.
 * @throws (as a rejected promise) whatever pdf.js throws for a file it cannot read.
 */
export async function drawPdfPage(bytes: Uint8Array, canvas: HTMLCanvasElement, width: number): Promise<void> {
  const [pdfjs, worker] = await Promise.all([import("pdfjs-dist"), import("pdfjs-dist/build/pdf.worker.min.mjs?url")]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // pdf.js takes its data over to its worker: hand it a copy, the query keeps the original.
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, enableXfa: false, stopAtErrors: true }).promise;
  try {
    const page = await pdf.getPage(1);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    const context = canvas.getContext("2d");
    if (context === null) throw new Error("no 2D canvas here");
    await page.render({ canvasContext: context, viewport }).promise;
  } finally {
    await pdf.destroy();
  }
}
