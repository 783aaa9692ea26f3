import { join } from "node:path";

/**
 * Where the relay stores documents unless told otherwise: the user's data folder
 * (`$XDG_DATA_HOME` or `~/.local/share` on Linux and other Unixes, `~/Library/Application
 * Support` on macOS, `%APPDATA%` on Windows) + `chapterhouse/relay`. Pure: the platform,
 * environment and home folder are passed in.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (platform === "win32") return join(env.APPDATA || join(home, "AppData", "Roaming"), "chapterhouse", "relay");
  if (platform === "darwin") return join(home, "Library", "Application Support", "chapterhouse", "relay");
  const xdg = env.XDG_DATA_HOME;
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const base = xdg !== undefined && xdg.startsWith("/") ? xdg : join(home, ".local", "share");
  return join(base, "chapterhouse", "relay");
}
