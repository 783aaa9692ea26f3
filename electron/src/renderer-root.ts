/**
 * Where the main process finds the renderer's build (the folder app-protocol.ts serves and the
 * meeting relay gives to phones). Packaged, electron-builder copies `renderer/dist` into the
 * app's resources folder as `renderer` (electron-builder.yml `extraResources`); in development
 * it is the workspace's `renderer/dist`, beside this package. Pure: the caller passes
 * Electron's `app.isPackaged` and `process.resourcesPath` and main.js's own URL.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder under the app's resources that holds the renderer build (extraResources `to`). */
export const PACKAGED_RENDERER_FOLDER = "renderer";
/** The renderer build relative to the compiled main.js (electron/dist/main.js → renderer/dist). */
export const DEVELOPMENT_RENDERER_PATH = "../../renderer/dist";

/** What decides the renderer's folder. */
export interface RendererRootInput {
  /** Electron's `app.isPackaged`. */
  readonly packaged: boolean;
  /** Electron's `process.resourcesPath` (read only when packaged). */
  readonly resourcesPath: string | undefined;
  /** The compiled main module's `import.meta.url`. */
  readonly mainModuleUrl: string;
}

/**
 * The absolute folder of the renderer build: `<resourcesPath>/renderer` when packaged, else
 * `renderer/dist` of the workspace, found from main.js's URL.
 * @throws {TypeError} if packaged without a resources path, or `mainModuleUrl` is not a
 *   `file:` URL.
 */
export function rendererRoot(input: RendererRootInput): string {
  if (input.packaged) {
    if (input.resourcesPath === undefined || input.resourcesPath === "")
      throw new TypeError("a packaged app has a resources path");
    return join(input.resourcesPath, PACKAGED_RENDERER_FOLDER);
  }
  return fileURLToPath(new URL(DEVELOPMENT_RENDERER_PATH, input.mainModuleUrl));
}
