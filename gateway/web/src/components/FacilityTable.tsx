import { memo } from "preact/compat";
import { useMemo, useState } from "preact/hooks";
import type { BoardFacility } from "../api/types";
import { collator, count } from "../i18n/format";
import { language, t, tryT, type TextKey } from "../i18n/i18n";
import { age } from "./age";

/** A board row with what the free-places query adds where the board lacks it (kind, features, confirmation). */
export interface FacilityRow extends BoardFacility {
  stale: boolean;
}

type Column = "name" | "town" | "kind" | "free" | "capacity" | "confirmedAt";
const columns: Array<[Column, TextKey]> = [
  ["name", "acc.name"],
  ["town", "acc.town"],
  ["kind", "acc.kind"],
  ["free", "acc.free"],
  ["capacity", "acc.capacity"],
  ["confirmedAt", "acc.confirmed"],
];

function compare(a: FacilityRow, b: FacilityRow, column: Column): number {
  const x = a[column] ?? "";
  const y = b[column] ?? "";
  return typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
}

/** Every facility, sortable by each column; closed ones marked closed, stale figures with their age. */
export function FacilityTable({ rows, now, onOpen }: { rows: FacilityRow[]; now: number; onOpen: (facilityId: string) => void }) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: "town", descending: false });
  const sorted = useMemo(
    () => [...rows].sort((a, b) => (sort.descending ? -1 : 1) * compare(a, b, sort.column) || collator.compare(a.name, b.name)),
    [rows, sort],
  );
  if (rows.length === 0) return <p>{t("acc.empty")}</p>;
  return (
    <table class="facilities">
      <caption class="sr-only">{t("acc.facilities")}</caption>
      <thead>
        <tr>
          {columns.map(([column, label]) => (
            <th key={column} scope="col" aria-sort={sort.column === column ? (sort.descending ? "descending" : "ascending") : undefined}>
              <button
                type="button"
                class="sort"
                onClick={() => setSort({ column, descending: sort.column === column ? !sort.descending : column === "free" })}
                aria-label={t("acc.sortBy", { column: t(label) })}
              >
                {t(label)}
                <span aria-hidden="true">{sort.column === column ? (sort.descending ? " ▼" : " ▲") : ""}</span>
              </button>
            </th>
          ))}
          <th scope="col">{t("acc.features")}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <Row key={row.facilityId} row={row} now={now} onOpen={onOpen} language={language.value} />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  row: FacilityRow;
  now: number;
  onOpen: (facilityId: string) => void;
  /** Part of the props so that a language switch renders the row again. */
  language: string;
}

/** One facility's row; drawn again only when its figures, its age or the language changed (a push replaces every row object). */
const Row = memo(
  function Row({ row, now, onOpen }: RowProps) {
    return (
      <tr class={row.closed ? "facility facility--closed" : "facility"} data-facility={row.name}>
        <th scope="row">
          <button type="button" class="link" onClick={() => onOpen(row.facilityId)}>{row.name}</button>
        </th>
        <td>{row.town}</td>
        <td>{row.kind ? tryT(`kind.${row.kind}`) ?? row.kind : ""}</td>
        <td class="number" data-free>{row.closed ? <span class="closed">{t("acc.closed")}</span> : count(row.free)}</td>
        <td class="number">{count(row.capacity)}</td>
        <td>
          {row.confirmedAt &&
            (row.stale ? (
              <span class="stale">{t("acc.staleAge", { age: age(row.confirmedAt, now) })}</span>
            ) : (
              t("acc.freshAge", { age: age(row.confirmedAt, now) })
            ))}
        </td>
        <td>{(row.features ?? []).map((f) => tryT(`feature.${f}`) ?? f).join(", ")}</td>
      </tr>
    );
  },
  (before, after) =>
    before.now === after.now &&
    before.language === after.language &&
    before.onOpen === after.onOpen &&
    sameRow(before.row, after.row),
);

const shown: Array<keyof FacilityRow> = ["name", "town", "kind", "free", "capacity", "closed", "confirmedAt", "stale", "lastChange"];
const sameRow = (a: FacilityRow, b: FacilityRow): boolean =>
  shown.every((key) => a[key] === b[key]) && (a.features ?? []).join() === (b.features ?? []).join();
