/** A recovery phrase as a numbered list of its words, for writing down. */
export function PhraseWords({ phrase, label }: { readonly phrase: string; readonly label: string }) {
  return (
    <ol className="phrase-words" aria-label={label}>
      {phrase.split(" ").map((word, index) => (
        <li key={index}>
          <span className="phrase-number" aria-hidden="true">
            {index + 1}.
          </span>{" "}
          <span className="phrase-word">{word}</span>
        </li>
      ))}
    </ol>
  );
}
