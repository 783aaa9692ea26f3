import { useFormat } from "../../shared/i18n/use-format.js";
import "./identity.css";

/** A recovery phrase as a numbered list of its words, for writing down. */
export function PhraseWords({ phrase, label }: { readonly phrase: string; readonly label: string }) {
  const format = useFormat();
  return (
    <ol className="phrase-words" aria-label={label}>
      {phrase.split(" ").map((word, index) => (
        <li key={index}>
          <span className="phrase-number" aria-hidden="true">
            {format.count(index + 1)}
          </span>{" "}
          <span className="phrase-word" lang="en" translate="no">
            {word}
          </span>
        </li>
      ))}
    </ol>
  );
}
