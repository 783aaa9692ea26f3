import { keyFingerprint } from "@chapterhouse/crdt/profiles";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import "./profiles.css";

/** A member's key as six words to compare face to face (PF6), and how to use them. */
export function Fingerprint({ member, name, mine }: { readonly member: MemberKey; readonly name: string; readonly mine: boolean }) {
  const t = useT("profiles");
  const words = useMemo(() => keyFingerprint(member), [member]);
  return (
    <section className="profile-fingerprint" aria-labelledby="fingerprint-heading">
      <h2 id="fingerprint-heading">{t("fingerprint.title")}</h2>
      {/* The words are BIP39's English list in every language (PF6: both sides compare the same words), so they are marked English and not for translation. */}
      <ol className="profile-fingerprint-words" aria-label={t("fingerprint.label", { name })} data-testid="fingerprint" lang="en" translate="no">
        {words.map((word, i) => (
          <li key={i}>{word}</li>
        ))}
      </ol>
      <p>{mine ? t("fingerprint.mine") : t("fingerprint.theirs", { name })}</p>
    </section>
  );
}
