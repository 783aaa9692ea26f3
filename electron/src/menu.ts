/**
 * The application menu: the usual roles plus sync by file. A menu item only tells the page
 * (MenuCommand); the page gathers the documents and calls exportBundle or importBundle,
 * which open the native dialogs (bundle-files.ts). Pure: the template is tested under Node.
 */
import type { MenuItemConstructorOptions } from "electron";
import type { MenuCommand } from "@chapterhouse/crdt/desktop";

/** The menu template; `send` delivers a command to the page. */
export function applicationMenuTemplate(
  send: (command: MenuCommand) => void,
  platform: string,
): MenuItemConstructorOptions[] {
  const mac = platform === "darwin";
  const file: MenuItemConstructorOptions = {
    label: "&File",
    submenu: [
      {
        label: "Export Chapter to File…",
        accelerator: "CmdOrCtrl+E",
        click: () => send({ type: "export-bundle" }),
      },
      {
        label: "Import from File…",
        accelerator: "CmdOrCtrl+O",
        click: () => send({ type: "import-bundle" }),
      },
      { type: "separator" },
      mac ? { role: "close" } : { role: "quit" },
    ],
  };
  return [
    ...(mac ? [{ role: "appMenu" } as const] : []),
    file,
    { role: "editMenu" },
    { role: "viewMenu" },
    { role: "windowMenu" },
  ];
}
