import { canChange, canLead } from "../../api/session";
import type { PageModule } from "../module";
import { sliceSection } from "../sliceSection";
import { IssuedTasksScreen } from "./IssuedTasksScreen";
import { IssueTaskScreen } from "./IssueTaskScreen";
import { MyTasksScreen } from "./MyTasksScreen";
import { taskPaths } from "./paths";
import { TaskPictureSection } from "./TaskPictureSection";
import "./tasking.css";

/** Aufträge (S3): my unit's tasks, the tasks I issued, issuing a task; the crisis's tasks in its live picture. */
export const taskingModule: PageModule = {
  screen: (path, search) => {
    if (path === taskPaths.mine()) return <MyTasksScreen />;
    if (path === taskPaths.issued()) return <IssuedTasksScreen />;
    if (path === taskPaths.issue()) return <IssueTaskScreen crisisId={search.get("krise") ?? undefined} />;
    return null;
  },
  nav: [
    { href: taskPaths.mine(), label: "tasking.nav.mine", visible: () => canChange.value },
    { href: taskPaths.issued(), label: "tasking.nav.issued", visible: () => canLead.value },
  ],
  pictureSections: [sliceSection("tasks", TaskPictureSection)],
};
