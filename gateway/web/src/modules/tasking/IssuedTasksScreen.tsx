import { hhmmss } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import { followLink } from "../../router";
import { taskPaths } from "./paths";
import { TaskTable } from "./TaskTable";
import type { TaskView } from "./types";
import { useRefreshingRead } from "../../api/useRefreshingRead";

/** The issuer's view (/auftraege/erteilt): everything the signed-in user issued, with its state, overdue mark and history. */
export function IssuedTasksScreen() {
  const { data, readAt } = useRefreshingRead<TaskView[]>("/api/tasking/issued");
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
          {data.length === 0 ? <p>{t("tasking.issued.empty")}</p> : <TaskTable tasks={data} label={t("tasking.issued.title")} history />}
        </>
      )}
    </main>
  );
}
