import { t, type TextKey } from "../../i18n/i18n";
import type { TaskPriority, TaskStatus } from "./types";

export const priorityText = (priority: TaskPriority): string => t(`tasking.priority.${priority}` as TextKey);

export const statusText = (status: TaskStatus): string => t(`tasking.status.${status}` as TextKey);

/** The priority as a word with its colour (never colour alone). */
export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  return <span class={`task-priority task-priority--${priority}`}>{priorityText(priority)}</span>;
}

/** "ÜBERFÄLLIG" in the alarm colour, "bald fällig" in the warning colour, else nothing. */
export function DueBadge({ overdue, dueSoon }: { overdue: boolean; dueSoon?: boolean }) {
  if (overdue) return <strong class="task-overdue" data-overdue>{t("tasking.overdue")}</strong>;
  if (dueSoon) return <span class="task-due-soon">{t("tasking.dueSoon")}</span>;
  return null;
}
