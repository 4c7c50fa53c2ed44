import type { PageModule } from "../module";
import { sliceSection } from "../sliceSection";
import { LogbookPictureSection } from "./LogbookPictureSection";
import { MessageLogScreen } from "./MessageLogScreen";
import { logbookRoute } from "./paths";
import { StaffLogScreen } from "./StaffLogScreen";
import "./logbook.css";

/** Einsatztagebuch and Ein- und Ausgangsnachweisung of a crisis, below /krisen/{id}/…; the Blitz alarm in its live picture. */
export const logbookModule: PageModule = {
  screen: (path) => {
    const route = logbookRoute(path);
    if (!route) return null;
    return route.screen === "tagebuch" ? <StaffLogScreen crisisId={route.crisisId} /> : <MessageLogScreen crisisId={route.crisisId} />;
  },
  nav: [],
  pictureSections: [sliceSection("logbook", LogbookPictureSection)],
};
