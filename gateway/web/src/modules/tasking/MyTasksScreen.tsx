import { useState } from "preact/hooks";
import { api } from "../../api/client";
import { Dialog } from "../../components/Dialog";
import { ActionButton } from "../../forms/ActionButton";
import { hhmmss } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import { TaskNoteForm } from "./TaskNoteForm";
import { TaskTable } from "./TaskTable";
import type { MyTasks, TaskView } from "./types";
import { useRefreshingRead } from "../../api/useRefreshingRead";

type Open = { taskId: string; step: "progress" | "complete" };

/** "My unit's tasks" (/auftraege): the tasks of the signed-in user's units, to accept, report progress on and complete. */
export function MyTasksScreen() {
  const { data, readAt, reload } = useRefreshingRead<MyTasks>("/api/tasking/my-tasks");
  const [open, setOpen] = useState<Open>();
  const close = () => {
    setOpen(undefined);
    reload();
  };
  const actions = (task: TaskView) => {
    if (task.status === "issued") {
      return <ActionButton label="tasking.accept" detail={task.title} submit={(_, key) => api("POST", `/api/tasking/tasks/${task.id}/accept`, { idempotencyKey: key })} done={reload} />;
    }
    if (task.status === "accepted" || task.status === "in-progress") {
      return (
        <>
          <button type="button" class="button button--small" aria-label={`${t("tasking.progress")}: ${task.title}`} onClick={() => setOpen({ taskId: task.id, step: "progress" })}>{t("tasking.progress")}</button>
          <button type="button" class="button button--small" aria-label={`${t("tasking.complete")}: ${task.title}`} onClick={() => setOpen({ taskId: task.id, step: "complete" })}>{t("tasking.complete")}</button>
        </>
      );
    }
    return null;
  };
  return (
    <main id="content" class="tasks-screen">
      <h1>{t("tasking.mine.title")}</h1>
      {!data ? (
        <p>{t("app.loading")}</p>
      ) : (
        <>
          <p data-units>{data.units.length === 0 ? t("tasking.mine.noUnit") : t("tasking.mine.units", { units: data.units.map((u) => `${u.code} (${u.name})`).join(", ") })}</p>
          {readAt && <p class="tasks-screen__stand" aria-live="polite">{t("tasking.stand", { time: hhmmss(readAt) })}</p>}
          {data.tasks.length === 0 ? <p>{t("tasking.mine.empty")}</p> : <TaskTable tasks={data.tasks} label={t("tasking.mine.title")} actions={actions} />}
        </>
      )}
      {open && (
        <Dialog label={t(open.step === "progress" ? "tasking.form.progress" : "tasking.form.complete")} onClose={() => setOpen(undefined)}>
          <TaskNoteForm taskId={open.taskId} step={open.step} done={close} onCancel={() => setOpen(undefined)} />
        </Dialog>
      )}
    </main>
  );
}
