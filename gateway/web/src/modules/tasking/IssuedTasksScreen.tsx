import { useEffect, useState } from "preact/hooks";
import { get } from "../../api/client";
import { Dialog } from "../../components/Dialog";
import { hhmmss } from "../../i18n/format";
import { t, type TextKey } from "../../i18n/i18n";
import { followLink } from "../../router";
import { CancelTaskForm } from "./CancelTaskForm";
import { ChangeDueTimeForm } from "./ChangeDueTimeForm";
import { taskPaths } from "./paths";
import { ReassignTaskForm } from "./ReassignTaskForm";
import { isOpen, TaskTable } from "./TaskTable";
import type { TaskView, UnitWorkload } from "./types";
import { useRefreshingRead } from "../../api/useRefreshingRead";

type Step = "reassign" | "due" | "cancel";

const steps: Array<{ step: Step; label: TextKey; title: TextKey }> = [
  { step: "reassign", label: "tasking.reassign", title: "tasking.form.reassign" },
  { step: "due", label: "tasking.due", title: "tasking.form.due" },
  { step: "cancel", label: "tasking.cancel", title: "tasking.form.cancel" },
];

/**
 * The issuer's view (/auftraege/erteilt): everything the signed-in user issued, with its state, overdue mark and
 * history; an open task can be given to another unit, given a new due time, or withdrawn.
 */
export function IssuedTasksScreen() {
  const { data, readAt, reload } = useRefreshingRead<TaskView[]>("/api/tasking/issued");
  const [units, setUnits] = useState<UnitWorkload[]>([]);
  const [open, setOpen] = useState<{ task: TaskView; step: (typeof steps)[number] }>();
  useEffect(() => {
    void get<UnitWorkload[]>("/api/tasking/units").then(setUnits);
  }, []);
  const dismiss = () => setOpen(undefined);
  const close = () => {
    setOpen(undefined);
    reload();
  };
  const actions = (task: TaskView) =>
    isOpen(task)
      ? steps
          .filter(({ step }) => step !== "reassign" || units.length > 1)
          .map((step) => (
            <button key={step.step} type="button" class="button button--small" aria-label={`${t(step.label)}: ${task.title}`}
              onClick={() => setOpen({ task, step })}>{t(step.label)}</button>
          ))
      : null;
  return (
    <main id="content" class="tasks-screen">
      <div class="list__head">
        <h1>{t("tasking.issued.title")}</h1>
        <a class="button button--primary" href={taskPaths.issue()} onClick={followLink}>{t("tasking.nav.issue")}</a>
      </div>
      {!data ? (
        <p>{t("app.loading")}</p>
      ) : (
        <>
          {readAt && <p class="tasks-screen__stand" aria-live="polite">{t("tasking.stand", { time: hhmmss(readAt) })}</p>}
          {data.length === 0 ? <p>{t("tasking.issued.empty")}</p> : <TaskTable tasks={data} label={t("tasking.issued.title")} actions={actions} history />}
        </>
      )}
      {open && (
        <Dialog label={t(open.step.title)} onClose={dismiss}>
          {open.step.step === "reassign" && <ReassignTaskForm task={open.task} units={units} done={close} onCancel={dismiss} />}
          {open.step.step === "due" && <ChangeDueTimeForm task={open.task} done={close} onCancel={dismiss} />}
          {open.step.step === "cancel" && <CancelTaskForm task={open.task} done={close} onCancel={dismiss} />}
        </Dialog>
      )}
    </main>
  );
}
