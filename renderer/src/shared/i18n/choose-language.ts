/**
 * The language to show: the member's stored choice if there is a catalogue for it, else the
 * first of the browser's languages (`navigator.languages`, most preferred first) that has one,
 * matched on the language alone ("es-MX" finds "es"), else `fallback`. Never throws.
 */
export function chooseLanguage(
  stored: unknown,
  browserLanguages: readonly string[],
  available: readonly string[],
  fallback: string,
): string {
  if (typeof stored === "string" && available.includes(stored)) return stored;
  for (const tag of browserLanguages) {
    const language = tag.toLowerCase().split("-")[0];
    if (language !== undefined && available.includes(language)) return language;
  }
  return fallback;
}
