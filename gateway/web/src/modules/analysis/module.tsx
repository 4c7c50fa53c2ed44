import type { PageModule } from "../module";
import { sliceSection } from "../sliceSection";
import "./replay/replay.css";
import { ReplayLink } from "./replay/ReplayLink";
import { replayScreen } from "./replay/replayScreens";
import { timelineCrisis } from "./timeline/paths";
import { TimelineLink } from "./timeline/TimelineLink";
import { TimelineScreen } from "./timeline/TimelineScreen";

export const analysisModule: PageModule = {
  screen: (path) => {
    const timeline = timelineCrisis(path);
    return timeline ? <TimelineScreen crisisId={timeline} /> : replayScreen(path);
  },
  nav: [],
  // They read only the crisis id: drawn again when it changes, not on every push.
  pictureSections: [sliceSection("crisisId", ReplayLink), sliceSection("crisisId", TimelineLink)],
};
