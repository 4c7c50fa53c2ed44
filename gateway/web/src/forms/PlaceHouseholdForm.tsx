import { useEffect, useState } from "preact/hooks";
import { api, get, withQuery } from "../api/client";
import type { Suggestion } from "../api/types";
import { t } from "../i18n/i18n";
import { choices, householdNeeds } from "./choices";
import { useForm } from "./form";
import { ChoiceField, FormFrame, NumberField, SelectField, TextField, whole } from "./fields";

/**
 * POST /api/accommodation/facilities/{id}/placements — the facility picked from the service's ranked suggestions
 * (re-read when size or needs change) — or, with `reservation`, into the places held by that reservation.
 * From a facility's own panel, `facility` fixes the facility. A 409 no-room is shown in German at the form.
 */
export function PlaceHouseholdForm({ crisisId, reservation, facility, done, onCancel }: {
  crisisId: string;
  reservation?: { facilityId: string; reservationId: string; places: number };
  facility?: { facilityId: string; name: string };
  done: () => void;
  onCancel: () => void;
}) {
  const form = useForm({
    initial: { householdRef: "", size: reservation ? String(reservation.places) : "", needs: [] as string[], languages: "", facilityId: reservation?.facilityId ?? facility?.facilityId ?? "" },
    submit: (v, key) => {
      const body = {
        householdRef: v.householdRef,
        size: whole(v.size),
        needs: v.needs,
        languages: v.languages.split(",").map((l) => l.trim()).filter(Boolean),
        crisisId,
      };
      const path = reservation
        ? `/api/accommodation/facilities/${reservation.facilityId}/reservations/${reservation.reservationId}/placements`
        : `/api/accommodation/facilities/${v.facilityId}/placements`;
      return api("POST", path, { body, idempotencyKey: key });
    },
    done,
    codeFields: { "no-room": "size", "household-placed-elsewhere": "householdRef", "facility-closed": "facilityId" },
  });
  const pick = !reservation && !facility;
  const suggestions = useSuggestions(whole(form.values.size), form.values.needs, pick);
  useEffect(() => {
    const first = suggestions[0];
    if (pick && first && !suggestions.some((s) => s.facilityId === form.values.facilityId)) form.set("facilityId", first.facilityId);
  }, [suggestions]);

  return (
    <FormFrame form={form} title="form.place" onCancel={onCancel}>
      <TextField form={form} name="householdRef" label="field.householdRef" required />
      <NumberField form={form} name="size" label="field.size" min={1} max={30} required />
      <ChoiceField form={form} name="needs" label="field.needs" options={choices("need", householdNeeds)} />
      <TextField form={form} name="languages" label="field.languages" hint="field.languagesHint" />
      {facility && <p class="form__fixed">{t("field.facility")}: {facility.name}</p>}
      {pick &&
        (suggestions.length > 0 ? (
          <SelectField
            form={form}
            name="facilityId"
            label="field.suggestions"
            options={suggestions.map((s) => ({ value: s.facilityId, label: t("form.suggestion", { name: s.name, town: s.town, free: s.free }) }))}
            required
          />
        ) : (
          <p class="form__hint">{t("form.noSuggestions")}</p>
        ))}
    </FormFrame>
  );
}

/** The service's ranking of fitting facilities for a household of `size` with `needs`. */
function useSuggestions(size: number, needs: string[], wanted: boolean): Suggestion[] {
  const [list, setList] = useState<Suggestion[]>([]);
  const needsKey = needs.join(",");
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const query = withQuery("/api/accommodation/placement-suggestions", { size: Number.isFinite(size) && size > 0 ? Math.min(size, 30) : 1, needs, limit: 10 });
    get<Suggestion[]>(query).then((s) => current && setList(s)).catch(() => current && setList([]));
    return () => {
      current = false;
    };
  }, [size, needsKey, wanted]);
  return list;
}
