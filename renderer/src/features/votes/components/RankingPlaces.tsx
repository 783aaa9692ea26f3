import type { OptionId } from "@chapterhouse/crdt/tally";
import { optionLabel, type BallotOption } from "./ballot-option.js";

/** Props of a result's ranking. */
export interface RankingPlacesProps {
  /** Places, best first, each the options sharing it (T6.3). */
  readonly ranking: readonly (readonly OptionId[])[];
  readonly options: readonly BallotOption[];
  readonly caption?: string;
}

/** The ranking as numbered places; a place held by several options says "shared". */
export function RankingPlaces({ ranking, options, caption = "Ranking" }: RankingPlacesProps) {
  if (ranking.length === 0) return null;
  return (
    <div className="ranking-places">
      <h3>{caption}</h3>
      <ol>
        {ranking.map((place, index) => (
          <li key={place.join("\u0000")} data-shared={place.length > 1}>
            <span className="place-number">Place {index + 1}</span>
            {place.length > 1 && <span className="place-shared"> (shared by {place.length})</span>}
            {": "}
            {place.map((id) => optionLabel(options, id)).join(", ")}
          </li>
        ))}
      </ol>
    </div>
  );
}
