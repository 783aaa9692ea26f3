import { createContext, useContext } from "react";
import type { AppData } from "./app-data.js";

/** The device's data, provided once at the root of the app. */
export const AppDataContext = createContext<AppData | undefined>(undefined);

/**
 * The device's data.
 * @throws {Error} if called outside an `AppDataContext` provider (a programming error).
 */
export function useAppData(): AppData {
  const data = useContext(AppDataContext);
  if (data === undefined) throw new Error("useAppData: no AppDataContext provider above this component");
  return data;
}
