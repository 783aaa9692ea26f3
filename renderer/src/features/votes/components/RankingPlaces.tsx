import type { OptionId } from "@chapterhouse/crdt/tally";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { optionLabel, type BallotOption } from "./ballot-option.js";

/** Props of a result's ranking. */
export interface RankingPlacesProps {
  /** Places, best first, each the options sharing it (T6.3). */
  readonly ranking: readonly (readonly OptionId[])[];
  readonly options: readonly BallotOption[];
}

/** The ranking as numbered places; a place held by several options says so. */
export function RankingPlaces({ ranking, options }: RankingPlacesProps) {
  const t = useT("votes");
  const format = useFormat();
  if (ranking.length === 0) return null;
  return (
    <div className="ranking-places">
      <h3>{t("tally.ranking")}</h3>
      <ol>
        {ranking.map((place, index) => {
          const labels = place.map((id) => optionLabel(options, id)).join(", ");
          return (
            <li key={place.join("\u0000")} data-shared={place.length > 1}>
              {place.length > 1
                ? t("tally.placeShared", { place: format.count(index + 1), count: place.length, n: format.count(place.length), options: labels })
                : t("tally.place", { place: format.count(index + 1), options: labels })}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
