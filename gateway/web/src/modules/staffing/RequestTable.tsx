import { t } from "../../i18n/i18n";
import { followLink } from "../../router";
import { languageList, periodText } from "./words";

/** A request as a row: the list's requests and the picture's open requests have the same columns. */
export interface RequestRow {
  id: string;
  place?: string | null;
  unit?: string | null;
  from?: string | null;
  to?: string | null;
  languages: string[];
  interpreting: boolean;
  assigned: number;
  needed: number;
  href?: string;
}

/** Requests with place, unit, days, languages and how far each is filled. */
export function RequestTable({ rows, caption, hiddenCaption, data }: { rows: RequestRow[]; caption: string; hiddenCaption?: boolean; data: string }) {
  return (
    <table class="crises" {...{ [`data-${data}`]: true }}>
      <caption class={hiddenCaption ? "sr-only" : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("field.place")}</th>
          <th scope="col">{t("field.unit")}</th>
          <th scope="col">{t("staffing.requests.period")}</th>
          <th scope="col">{t("field.requiredLanguages")}</th>
          <th scope="col">{t("staffing.requests.filled")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-request={r.id}>
            <th scope="row">{r.href ? <a href={r.href} onClick={followLink}>{r.place}</a> : (r.place ?? "—")}</th>
            <td>{r.unit ?? "—"}{r.interpreting ? ` (${t("staffing.interpreting")})` : ""}</td>
            <td>{r.from && r.to ? periodText(r.from, r.to) : "—"}</td>
            <td>{languageList(r.languages) || "—"}</td>
            <td class="number" data-fill>{t("staffing.fill", { assigned: r.assigned, needed: r.needed })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
