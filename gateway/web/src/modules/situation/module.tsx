import type { PageModule } from "../module";
import { sliceSection } from "../sliceSection";
import { ConsolidatedScreen } from "./ConsolidatedScreen";
import { matchScreen } from "./paths";
import { SituationPictureSection } from "./SituationPictureSection";
import { SituationScreen } from "./SituationScreen";

export const situationModule: PageModule = {
  screen: (path) => {
    const match = matchScreen(path);
    if (!match) return null;
    return match.screen === "reports" ? <ConsolidatedScreen crisisId={match.crisisId} /> : <SituationScreen crisisId={match.crisisId} />;
  },
  nav: [],
  pictureSections: [sliceSection("situation", SituationPictureSection)],
};
