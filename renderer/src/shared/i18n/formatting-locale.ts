/**
 * The locale to format dates and numbers in for `language`: the browser's own regional variant
 * of it when the member's browser asks for one ("en-GB" writes "26 Nov 2026, 06:20" where
 * "en" would write "Nov 26, 2026, 6:20 AM"), else the language itself. Never throws.
 */
export function formattingLocale(language: string, browserLanguages: readonly string[]): string {
  const regional = browserLanguages.find((tag) => tag.toLowerCase().split("-")[0] === language);
  if (regional === undefined) return language;
  try {
    return Intl.getCanonicalLocales(regional)[0] ?? language;
  } catch {
    return language;
  }
}
