import type { ComponentChildren } from "preact";
import { dateTime } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { DueBadge, PriorityBadge, statusText } from "./TaskBadges";
import type { TaskView } from "./types";

/**
 * Tasks as a table, in the API's order (open first, urgent first, soonest due first): title with its history, unit,
 * priority, state, due time with the overdue mark, and what the viewer may do (`actions`).
 */
export function TaskTable({ tasks, label, actions, history }: {
  tasks: TaskView[];
  label: string;
  actions?: (task: TaskView) => ComponentChildren;
  history?: boolean;
}) {
  return (
    <table class="tasks" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t("tasking.col.title")}</th>
          <th scope="col">{t("tasking.col.unit")}</th>
          <th scope="col">{t("tasking.col.priority")}</th>
          <th scope="col">{t("tasking.col.status")}</th>
          <th scope="col">{t("tasking.col.due")}</th>
          {history && <th scope="col">{t("tasking.col.last")}</th>}
          {actions && <th scope="col">{t("tasking.col.actions")}</th>}
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id} data-task={task.title} class={task.overdue && isOpen(task) ? "task task--overdue" : "task"}>
            <th scope="row">
              {task.title}
              {task.description && <p class="task__description">{task.description}</p>}
            </th>
            <td>{task.unit} ({task.unitName})</td>
            <td><PriorityBadge priority={task.priority} /></td>
            <td data-status>{statusText(task.status)}</td>
            <td>
              <time dateTime={task.dueAt}>{dateTime(task.dueAt)}</time> {isOpen(task) && <DueBadge overdue={task.overdue} />}
            </td>
            {history && <td><TaskHistory task={task} /></td>}
            {actions && <td class="task__actions">{actions(task)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const isOpen = (task: TaskView): boolean => task.status !== "done" && task.status !== "cancelled";

/** The last step, and every step on request, with who did it and the note. */
function TaskHistory({ task }: { task: TaskView }) {
  const last = task.steps.at(-1);
  if (!last) return null;
  return (
    <details>
      <summary>{stepText(last.kind)} · {dateTime(last.at)}</summary>
      <ol class="task__steps">
        {task.steps.map((step, i) => (
          <li key={i}>
            {dateTime(step.at)} — {stepText(step.kind)}{step.by ? ` (${step.by})` : ""}{step.note ? `: ${step.note}` : ""}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The steps' wire kinds in words; a kind this page does not know is shown as it is. */
const stepTexts: Record<string, TextKey> = {
  "tasking.task-issued.v1": "tasking.status.issued",
  "tasking.task-accepted.v1": "tasking.status.accepted",
  "tasking.task-progress-reported.v1": "tasking.step.progress",
  "tasking.task-completed.v1": "tasking.status.done",
  "tasking.task-cancelled.v1": "tasking.status.cancelled",
  "tasking.task-reassigned.v1": "tasking.step.reassigned",
  "tasking.task-due-time-changed.v1": "tasking.step.dueChanged",
  "tasking.task-reminder-due.v1": "tasking.dueSoon",
  "tasking.task-overdue.v1": "tasking.overdue",
};

function stepText(kind: string): string {
  const key = stepTexts[kind];
  return key ? t(key) : kind;
}
