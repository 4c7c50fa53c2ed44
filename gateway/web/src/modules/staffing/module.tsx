import { effect } from "@preact/signals";
import { canChange } from "../../api/session";
import { location, navigate } from "../../router";
import type { PageModule } from "../module";
import { sliceSection } from "../sliceSection";
import { HoursScreen } from "./HoursScreen";
import { staffingPaths } from "./paths";
import { PoolScreen } from "./PoolScreen";
import { RequestScreen } from "./RequestScreen";
import { RequestsScreen } from "./RequestsScreen";
import { isVolunteer } from "./roles";
import { StaffingPictureSection } from "./StaffingPictureSection";
import { VolunteerScreen } from "./VolunteerScreen";

// A volunteer may read no crisis: their start page is their own view, not the crisis list.
effect(() => {
  const { path } = location.value;
  if (isVolunteer.value && !canChange.value && (path === "/" || path === "/krisen")) navigate(staffingPaths.mine(), true);
});

export const staffingModule: PageModule = {
  screen: (path) => {
    if (path === staffingPaths.mine()) return <VolunteerScreen />;
    if (!canChange.value) return null;
    if (path === staffingPaths.pool() || path === `${staffingPaths.pool()}/`) return <PoolScreen />;
    if (path === staffingPaths.requests()) return <RequestsScreen />;
    if (path === staffingPaths.hours()) return <HoursScreen />;
    const request = /^\/personal\/anforderungen\/([^/]+)$/.exec(path);
    return request?.[1] ? <RequestScreen requestId={decodeURIComponent(request[1])} /> : null;
  },
  nav: [
    { href: staffingPaths.pool(), label: "staffing.nav.pool", visible: () => canChange.value },
    { href: staffingPaths.mine(), label: "staffing.nav.mine", visible: () => isVolunteer.value },
  ],
  pictureSections: [sliceSection("staffing", StaffingPictureSection)],
};
