import { memo } from "preact/compat";
import { useMemo, useState } from "preact/hooks";
import type { BoardFacility } from "../api/types";
import { count } from "../i18n/format";
import { language, t, tryT, type TextKey } from "../i18n/i18n";
import { age } from "./age";
import { CollationRanks } from "./collationRanks";

type Column = "name" | "town" | "kind" | "free" | "capacity" | "confirmedAt";
const columns: Array<[Column, TextKey]> = [
  ["name", "acc.name"],
  ["town", "acc.town"],
  ["kind", "acc.kind"],
  ["free", "acc.free"],
  ["capacity", "acc.capacity"],
  ["confirmedAt", "acc.confirmed"],
];

const kindName = (kind: string): string => (kind ? tryT(`kind.${kind}`) ?? kind : "");

/** The value a column sorts by: figures as numbers, confirmation times as ISO text, words by their collation rank. */
function sortKey(column: Column, ranks: CollationRanks, kindRanks: Map<string, number>): (f: BoardFacility) => number | string {
  switch (column) {
    case "free": return (f) => f.free;
    case "capacity": return (f) => f.capacity;
    case "confirmedAt": return (f) => f.confirmedAt ?? "";
    case "kind": return (f) => kindRanks.get(f.kind ?? "") ?? -1;
    default: return (f) => ranks.of(f[column]);
  }
}

const order = (x: number | string, y: number | string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Every facility, sortable by each column; closed ones marked closed, figures not confirmed within `staleAfterMs`
 * flagged with their age. Rows are laid out one by one (see styles.css), so the elements state their table roles.
 */
export function FacilityTable({ facilities, staleAfterMs, now, onOpen }: {
  facilities: BoardFacility[];
  staleAfterMs: number;
  now: number;
  onOpen: (facilityId: string) => void;
}) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: "town", descending: false });
  const ranks = useMemo(() => new CollationRanks(), []);
  const lang = language.value;
  const sorted = useMemo(() => {
    const kinds = [...new Set(facilities.map((f) => f.kind ?? ""))];
    ranks.include([...facilities.map((f) => f.name), ...facilities.map((f) => f.town), ...kinds.map(kindName)]);
    const kindRanks = new Map(kinds.map((kind) => [kind, ranks.of(kindName(kind))]));
    const key = sortKey(sort.column, ranks, kindRanks);
    const direction = sort.descending ? -1 : 1;
    return [...facilities].sort((a, b) => direction * order(key(a), key(b)) || ranks.of(a.name) - ranks.of(b.name));
  }, [facilities, sort, lang]);
  if (facilities.length === 0) return <p>{t("acc.empty")}</p>;
  return (
    <table class="facilities" role="table">
      <caption class="sr-only">{t("acc.facilities")}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {columns.map(([column, label]) => (
            <th key={column} scope="col" role="columnheader" aria-sort={sort.column === column ? (sort.descending ? "descending" : "ascending") : undefined}>
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
          <th scope="col" role="columnheader">{t("acc.features")}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {blocksOf(sorted).map((rows, i) => (
          <RowBlock key={i} rows={rows} staleAfterMs={staleAfterMs} now={now} onOpen={onOpen} language={lang} />
        ))}
      </tbody>
    </table>
  );
}

const blockSize = 25;
const blocksOf = (rows: BoardFacility[]): BoardFacility[][] =>
  Array.from({ length: Math.ceil(rows.length / blockSize) }, (_, i) => rows.slice(i * blockSize, (i + 1) * blockSize));

type Shared = Omit<RowProps, "row">;
const sameShared = (before: Shared, after: Shared): boolean =>
  before.now === after.now && before.staleAfterMs === after.staleAfterMs && before.language === after.language && before.onOpen === after.onOpen;

/**
 * 25 rows that are compared as one: a push that changed one facility draws one block again, and the other blocks of
 * a 500-row table cost a comparison instead of 25 row elements each.
 */
const RowBlock = memo(
  function RowBlock({ rows, ...shared }: Shared & { rows: BoardFacility[] }) {
    return <>{rows.map((row) => <Row key={row.facilityId} row={row} {...shared} />)}</>;
  },
  (before, after) => sameShared(before, after) && before.rows.length === after.rows.length && before.rows.every((row, i) => sameRow(row, after.rows[i]!)),
);

interface RowProps {
  row: BoardFacility;
  staleAfterMs: number;
  now: number;
  onOpen: (facilityId: string) => void;
  /** Part of the props so that a language switch renders the row again. */
  language: string;
}

/** One facility's row; drawn again only when its figures, its age or the language changed (a push replaces every row object). */
const Row = memo(
  function Row({ row, staleAfterMs, now, onOpen }: RowProps) {
    const stale = !!row.confirmedAt && now - new Date(row.confirmedAt).getTime() > staleAfterMs;
    return (
      <tr role="row" class={row.closed ? "facility facility--closed" : "facility"} data-facility={row.name}>
        <th scope="row" role="rowheader">
          <button type="button" class="link" onClick={() => onOpen(row.facilityId)}>{row.name}</button>
        </th>
        <td role="cell">{row.town}</td>
        <td role="cell">{kindName(row.kind ?? "")}</td>
        <td role="cell" class="number" data-free>{row.closed ? <span class="closed">{t("acc.closed")}</span> : count(row.free)}</td>
        <td role="cell" class="number">{count(row.capacity)}</td>
        <td role="cell">
          {row.confirmedAt &&
            (stale ? (
              <span class="stale">{t("acc.staleAge", { age: age(row.confirmedAt, now) })}</span>
            ) : (
              t("acc.freshAge", { age: age(row.confirmedAt, now) })
            ))}
        </td>
        <td role="cell">{(row.features ?? []).map((f) => tryT(`feature.${f}`) ?? f).join(", ")}</td>
      </tr>
    );
  },
  (before, after) => sameShared(before, after) && sameRow(before.row, after.row),
);

const shown: Array<keyof BoardFacility> = ["facilityId", "name", "town", "kind", "free", "capacity", "closed", "confirmedAt", "lastChange"];
const sameList = (a: string[] = [], b: string[] = []): boolean => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
const sameRow = (a: BoardFacility, b: BoardFacility): boolean => shown.every((key) => a[key] === b[key]) && sameList(a.features, b.features);
