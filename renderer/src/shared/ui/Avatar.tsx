import { useLocale } from "react-aria-components/I18nProvider";
import { useT } from "../i18n/use-t.js";
import "./tokens.css";
import "./Avatar.css";

export interface AvatarProps {
  /** The member's name: its initials show when there is no picture. */
  readonly name: string;
  /** A small picture (a `data:` URL: the page's policy allows no other origin). */
  readonly picture?: string;
  readonly size?: "small" | "medium" | "large";
  /**
   * True (the default) where the name is written beside it: the avatar is then hidden from
   * assistive technology, which would otherwise read the name twice.
   */
  readonly decorative?: boolean;
}

const TONES = 5;

/** The first letter of the first two words, in capitals: "ana garcía" → "AG". */
function initialsOf(name: string, locale: string): string {
  const words = name.trim().split(/\s+/u).filter((word) => word !== "");
  return words
    .slice(0, 2)
    .map((word) => [...word][0] ?? "")
    .join("")
    .toLocaleUpperCase(locale);
}

/** A stable colour for a name, so the same member always looks the same. */
function toneOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % TONES;
}

/** A member's picture, or their initials on a colour of their own. */
export function Avatar({ name, picture, size = "medium", decorative = true }: AvatarProps) {
  const t = useT("common");
  const { locale } = useLocale();
  const label = t("avatar.pictureOf", { name });
  if (picture !== undefined) {
    return <img className="ui-Avatar" data-size={size} src={picture} alt={decorative ? "" : label} />;
  }
  return (
    <span className="ui-Avatar" data-size={size} data-tone={toneOf(name)} {...(decorative ? { "aria-hidden": true } : { role: "img", "aria-label": label })}>
      {initialsOf(name, locale)}
    </span>
  );
}
