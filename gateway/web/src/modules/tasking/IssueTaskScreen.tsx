import { useEffect, useState } from "preact/hooks";
import { get } from "../../api/client";
import type { CrisisSummary } from "../../api/types";
import { t } from "../../i18n/i18n";
import { navigate } from "../../router";
import { IssueTaskForm } from "./IssueTaskForm";
import { taskPaths } from "./paths";
import type { UnitWorkload } from "./types";

/** Issue a task (/auftraege/neu, head and admin); `?krise=` preselects the crisis. Afterwards the issuer's view. */
export function IssueTaskScreen({ crisisId }: { crisisId?: string }) {
  const [choices, setChoices] = useState<{ units: UnitWorkload[]; crises: CrisisSummary[] }>();
  useEffect(() => {
    void Promise.all([get<UnitWorkload[]>("/api/tasking/units"), get<CrisisSummary[]>("/api/situation/crises")])
      .then(([units, crises]) => setChoices({ units, crises }));
  }, []);
  return (
    <main id="content" class="tasks-screen">
      {!choices ? (
        <p>{t("app.loading")}</p>
      ) : (
        <IssueTaskForm units={choices.units} crises={choices.crises} crisisId={crisisId} done={() => navigate(taskPaths.issued())} />
      )}
    </main>
  );
}
