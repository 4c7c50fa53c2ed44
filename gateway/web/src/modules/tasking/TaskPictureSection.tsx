import { canLead } from "../../api/session";
import { dateTime } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import type { PictureSectionProps } from "../module";
import { followLink } from "../../router";
import { taskPaths } from "./paths";
import { PriorityBadge } from "./TaskBadges";
import { taskPriorities, type PictureTask, type TaskSection } from "./types";

const empty: TaskSection = { open: 0, overdue: 0, done: 0, cancelled: 0, units: [], overdueTasks: [] };

/**
 * The crisis's tasks in the live picture: an alarm that stays in view at the bottom of the screen while any task is
 * overdue (on the wall screen too), naming each; then the open and overdue tasks by unit and priority.
 */
export function TaskPictureSection({ crisisId, picture }: PictureSectionProps) {
  const tasks = picture.tasks ?? empty;
  return (
    <>
      {tasks.overdueTasks.length > 0 && <OverdueAlarm tasks={tasks.overdueTasks} />}
      <section aria-labelledby="tasks-title" class="picture-tasks">
        <div class="chart-box__head">
          <h2 id="tasks-title">{t("tasking.section")}</h2>
          {canLead.value && (
            <a class="button no-print" href={taskPaths.issue(crisisId)} onClick={followLink}>{t("tasking.section.issue")}</a>
          )}
        </div>
        <p data-task-figures>{t("tasking.section.figures", { open: tasks.open, overdue: tasks.overdue, done: tasks.done, cancelled: tasks.cancelled })}</p>
        {tasks.units.length === 0 ? <p>{t("tasking.section.none")}</p> : <UnitTable tasks={tasks} />}
      </section>
    </>
  );
}

function OverdueAlarm({ tasks }: { tasks: PictureTask[] }) {
  return (
    <div class="task-alarm" role="alert" data-task-alarm>
      <p class="task-alarm__head">{t(tasks.length === 1 ? "tasking.alarm" : "tasking.alarmMany", { count: tasks.length })}</p>
      <ul class="task-alarm__list">
        {tasks.map((task) => (
          <li key={task.taskId} data-overdue-task={task.title}>
            <strong>{task.unit}</strong>: {task.title} — <PriorityBadge priority={task.priority} />, {t("tasking.col.due")} {dateTime(task.dueAt)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function UnitTable({ tasks }: { tasks: TaskSection }) {
  return (
    <table class="tasks-by-unit">
      <caption>{t("tasking.section.byUnit")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("tasking.col.unit")}</th>
          <th scope="col" class="number">{t("tasking.col.open")}</th>
          <th scope="col" class="number">{t("tasking.col.overdue")}</th>
          {taskPriorities.map((p) => <th key={p} scope="col" class="number"><PriorityBadge priority={p} /></th>)}
        </tr>
      </thead>
      <tbody>
        {tasks.units.map((unit) => (
          <tr key={unit.unit} data-unit={unit.unit} class={unit.overdue > 0 ? "task--overdue" : undefined}>
            <th scope="row">{unit.unit} ({unit.unitName})</th>
            <td class="number" data-open>{unit.open}</td>
            <td class="number" data-overdue-count>{unit.overdue}</td>
            {taskPriorities.map((p) => (
              <td key={p} class="number">
                {unit.openByPriority[p]}
                {unit.overdueByPriority[p] > 0 && <span class="task-overdue"> ({t("tasking.overdue")}: {unit.overdueByPriority[p]})</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
