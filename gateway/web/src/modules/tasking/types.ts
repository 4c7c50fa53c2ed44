// The tasking service's shapes: the picture's section (services/Dashboard/Pictures/Sections/TaskSection.cs) and the
// answers of /api/tasking (services/Tasking/README.md).

export type TaskPriority = "low" | "normal" | "high" | "urgent";
export const taskPriorities: readonly TaskPriority[] = ["urgent", "high", "normal", "low"];

export type TaskStatus = "issued" | "accepted" | "in-progress" | "done" | "cancelled";

export type PriorityCounts = Record<TaskPriority, number>;

/** An open task as the picture shows it. */
export interface PictureTask {
  taskId: string;
  title: string;
  unit: string;
  unitName: string;
  priority: TaskPriority;
  dueAt: string;
  status: "issued" | "accepted" | "in-progress";
  dueSoon: boolean;
  overdue: boolean;
}

export interface UnitTasks {
  unit: string;
  unitName: string;
  open: number;
  overdue: number;
  openByPriority: PriorityCounts;
  overdueByPriority: PriorityCounts;
}

/** The picture's tasking section, as services/Dashboard/Pictures/Sections/TaskSection.cs serialises it. */
export interface TaskSection {
  open: number;
  overdue: number;
  done: number;
  cancelled: number;
  units: UnitTasks[];
  overdueTasks: PictureTask[];
}

export interface TaskStep {
  kind: string;
  at: string;
  by?: string | null;
  note?: string | null;
}

/** GET /api/tasking/tasks/{id} and every list. */
export interface TaskView {
  id: string;
  title: string;
  description: string;
  unit: string;
  unitName: string;
  priority: TaskPriority;
  status: TaskStatus;
  dueAt: string;
  overdue: boolean;
  crisisId?: string | null;
  issuedBy?: string | null;
  issuedAt: string;
  steps: TaskStep[];
}

export interface UnitRef {
  code: string;
  name: string;
}

/** GET /api/tasking/my-tasks */
export interface MyTasks {
  units: UnitRef[];
  tasks: TaskView[];
}

/** GET /api/tasking/units */
export interface UnitWorkload {
  unit: string;
  name: string;
  open: number;
  overdue: number;
  inProgress: number;
}
