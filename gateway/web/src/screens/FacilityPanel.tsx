import { useEffect, useState } from "preact/hooks";
import { api, get } from "../api/client";
import { canChange } from "../api/session";
import type { BoardFacility, FacilityDetails } from "../api/types";
import { count, dateTime } from "../i18n/format";
import { t, tryT } from "../i18n/i18n";
import { ActionButton } from "../forms/ActionButton";
import { BlockPlacesForm } from "../forms/BlockPlacesForm";
import { ChangeCapacityForm } from "../forms/ChangeCapacityForm";
import { CloseFacilityForm } from "../forms/CloseFacilityForm";
import { MoveOutForm } from "../forms/MoveOutForm";
import { PlaceHouseholdForm } from "../forms/PlaceHouseholdForm";
import { ReservePlacesForm } from "../forms/ReservePlacesForm";
import { TransferForm } from "../forms/TransferForm";

type Open =
  | { form: "capacity" | "block" | "close" | "reserve" | "place" }
  | { form: "placeFromReservation"; reservationId: string; places: number }
  | { form: "moveOut" | "transfer"; householdRef: string };

/** One facility: its figures, households, reservations and blocks, and (for roles that may) every change to it. */
export function FacilityPanel({ facilityId, crisisId, board, lastChange }: { facilityId: string; crisisId: string; board: BoardFacility[]; lastChange: string | undefined }) {
  const [details, setDetails] = useState<FacilityDetails>();
  const [open, setOpen] = useState<Open>();
  const path = `/api/accommodation/facilities/${facilityId}`;
  const reload = () => void get<FacilityDetails>(path).then(setDetails);
  useEffect(reload, [facilityId, lastChange]);
  const finished = () => {
    setOpen(undefined);
    reload();
  };
  if (!details) return <p>{t("app.loading")}</p>;
  const change = canChange.value;
  const cancel = () => setOpen(undefined);

  if (open) {
    switch (open.form) {
      case "capacity": return <ChangeCapacityForm facilityId={facilityId} capacity={details.capacity} done={finished} onCancel={cancel} />;
      case "block": return <BlockPlacesForm facilityId={facilityId} done={finished} onCancel={cancel} />;
      case "close": return <CloseFacilityForm facilityId={facilityId} done={finished} onCancel={cancel} />;
      case "reserve": return <ReservePlacesForm facilityId={facilityId} crisisId={crisisId} done={finished} onCancel={cancel} />;
      case "place": return <PlaceHouseholdForm crisisId={crisisId} facility={{ facilityId, name: details.name }} done={finished} onCancel={cancel} />;
      case "placeFromReservation":
        return <PlaceHouseholdForm crisisId={crisisId} reservation={{ facilityId, reservationId: open.reservationId, places: open.places }} done={finished} onCancel={cancel} />;
      case "moveOut": return <MoveOutForm facilityId={facilityId} householdRef={open.householdRef} done={finished} onCancel={cancel} />;
      case "transfer": return <TransferForm facilityId={facilityId} householdRef={open.householdRef} facilities={board} done={finished} onCancel={cancel} />;
    }
  }

  return (
    <div class="panel">
      <h2>{t("facility.title", { name: details.name })}</h2>
      <p>
        {tryT(`kind.${details.kind}`) ?? details.kind} · {details.town} · {t("facility.address")}: {details.address}
      </p>
      <p>
        {t("acc.capacity")} {count(details.capacity)} · {t("acc.occupied")} {count(details.occupied)} · {t("acc.reserved")} {count(details.reserved)} ·{" "}
        {t("acc.blocked")} {count(details.blocked)} · {t("acc.free")} {count(details.free)}
        {details.closed && <strong> · {t("acc.closed")}</strong>}
      </p>
      <p class={details.stale ? "stale" : ""}>{t("facility.lastConfirmed", { time: dateTime(details.lastConfirmedAt) })}</p>
      {change && (
        <div class="panel__actions">
          {!details.closed && <button type="button" class="button" onClick={() => setOpen({ form: "place" })}>{t("acc.place")}</button>}
          <button type="button" class="button" onClick={() => setOpen({ form: "capacity" })}>{t("facility.capacity")}</button>
          <button type="button" class="button" onClick={() => setOpen({ form: "block" })}>{t("facility.block")}</button>
          {!details.closed && <button type="button" class="button" onClick={() => setOpen({ form: "reserve" })}>{t("facility.reserve")}</button>}
          <ActionButton label="facility.confirm" submit={(_, key) => api("POST", `${path}/confirmations`, { idempotencyKey: key })} done={finished} />
          {details.closed ? (
            <ActionButton label="facility.reopen" submit={(_, key) => api("POST", `${path}/reopen`, { idempotencyKey: key })} done={finished} />
          ) : (
            <button type="button" class="button" onClick={() => setOpen({ form: "close" })}>{t("facility.close")}</button>
          )}
        </div>
      )}
      <h3>{t("facility.households")}</h3>
      <List items={details.households} id={(h) => h.householdRef} line={(h) => t("facility.householdLine", { ref: h.householdRef, size: h.size })}>
        {(h) =>
          change && (
            <>
              <button type="button" class="button button--small" onClick={() => setOpen({ form: "moveOut", householdRef: h.householdRef })}>{t("facility.moveOut")}</button>
              <button type="button" class="button button--small" onClick={() => setOpen({ form: "transfer", householdRef: h.householdRef })}>{t("facility.transfer")}</button>
            </>
          )
        }
      </List>
      <h3>{t("facility.reservations")}</h3>
      <List items={details.reservations} id={(r) => r.id} line={(r) => t("facility.reservationLine", { places: r.places, until: dateTime(r.expiresAt), reference: r.reference ? ` (${r.reference})` : "" })}>
        {(r) =>
          change && (
            <>
              <button type="button" class="button button--small" onClick={() => setOpen({ form: "placeFromReservation", reservationId: r.id, places: r.places })}>
                {t("facility.placeFromReservation")}
              </button>
              <ActionButton label="facility.cancelReservation" submit={(_, key) => api("DELETE", `${path}/reservations/${r.id}`, { idempotencyKey: key })} done={finished} />
            </>
          )
        }
      </List>
      <h3>{t("facility.blocks")}</h3>
      <List items={details.blocks} id={(b) => b.id} line={(b) => t("facility.blockLine", { places: b.places, reason: tryT(`blockReason.${b.reason}`) ?? b.reason, note: b.note ? `: ${b.note}` : "" })}>
        {(b) => change && <ActionButton label="facility.unblock" submit={(_, key) => api("DELETE", `${path}/blocks/${b.id}`, { idempotencyKey: key })} done={finished} />}
      </List>
    </div>
  );
}

/** The items as a list, each keyed by its id (two reservations may read alike). */
function List<T>({ items, id, line, children }: { items: T[]; id: (item: T) => string; line: (item: T) => string; children: (item: T) => preact.ComponentChildren }) {
  if (items.length === 0) return <p>{t("facility.none")}</p>;
  return (
    <ul class="panel__list">
      {items.map((item) => (
        <li key={id(item)}>
          <span>{line(item)}</span> {children(item)}
        </li>
      ))}
    </ul>
  );
}
