import { useEffect, useState } from "preact/hooks";
import { get } from "../../api/client";
import { ApiError, problemFrom } from "../../api/problem";
import { session } from "../../api/session";
import { TextField } from "../../forms/fields";
import { useForm } from "../../forms/form";
import { t } from "../../i18n/i18n";
import { thisMonth } from "./days";
import { StaffingNav } from "./StaffingNav";
import type { MonthlyHours } from "./types";
import { kindText } from "./words";

/** Hours and deployments per volunteer for a month (the expense allowance), with the month's CSV to download. */
export function HoursScreen() {
  const [rows, setRows] = useState<MonthlyHours[]>();
  const form = useForm({
    initial: { month: thisMonth() },
    submit: (v) => download(v.month),
    done: () => undefined,
  });
  const month = form.values.month;
  useEffect(() => {
    if (!/^\d{4}-\d{2}$/.test(month)) return;
    setRows(undefined);
    void get<MonthlyHours[]>(`/api/staffing/hours?month=${encodeURIComponent(month)}`).then(setRows).catch(() => setRows([]));
  }, [month]);
  return (
    <main id="content" class="list staffing">
      <h1>{t("staffing.hours.title")}</h1>
      <StaffingNav />
      <form class="form" aria-label={t("staffing.hours.title")} onSubmit={form.onSubmit} noValidate>
        <TextField form={form} name="month" label="field.month" type="month" hint="staffing.hours.monthHint" required />
        <div role="alert" class="form__message">{form.formError && <p class="form__error" data-form-error>{form.formError}</p>}</div>
        <button type="submit" class="button button--primary" disabled={form.busy}>{t("staffing.hours.download")}</button>
      </form>
      {!rows ? <p>{t("app.loading")}</p> : rows.length === 0 ? <p role="status">{t("staffing.hours.empty")}</p> : (
        <table class="crises" data-hours>
          <caption class="sr-only">{t("staffing.hours.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field.name")}</th>
              <th scope="col">{t("staffing.field.kind")}</th>
              <th scope="col">{t("field.hours")}</th>
              <th scope="col">{t("staffing.pool.deployments")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.memberId}>
                <th scope="row">{r.name}</th>
                <td>{kindText(r.kind)}</td>
                <td class="number">{r.hours.toLocaleString(document.documentElement.lang === "en" ? "en-GB" : "de-DE")}</td>
                <td class="number">{r.deployments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

/** The CSV is behind the token, so it is fetched and handed to the browser as a file. */
async function download(month: string): Promise<void> {
  const response = await fetch(`/api/staffing/hours.csv?month=${encodeURIComponent(month)}`, {
    headers: { Authorization: `Bearer ${session.value?.accessToken ?? ""}` },
  });
  if (!response.ok) throw new ApiError(await problemFrom(response));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = `stunden-${month}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
