import { api } from "../api/client";
import type { BoardFacility } from "../api/types";
import { t } from "../i18n/i18n";
import { useForm } from "./form";
import { FormFrame, SelectField } from "./fields";

/** POST /api/accommodation/facilities/{id}/households/{ref}/transfer to another open facility. */
export function TransferForm({ facilityId, householdRef, facilities, done, onCancel }: {
  facilityId: string; householdRef: string; facilities: BoardFacility[]; done: () => void; onCancel: () => void;
}) {
  const targets = facilities.filter((f) => f.facilityId !== facilityId && !f.closed);
  const form = useForm({
    initial: { toFacilityId: targets[0]?.facilityId ?? "" },
    submit: (v, key) =>
      api("POST", `/api/accommodation/facilities/${facilityId}/households/${encodeURIComponent(householdRef)}/transfer`, { body: { toFacilityId: v.toFacilityId }, idempotencyKey: key }),
    done,
    codeFields: { "no-room": "toFacilityId", "facility-closed": "toFacilityId" },
  });
  return (
    <FormFrame form={form} title="form.transfer" onCancel={onCancel}>
      <p>{householdRef}</p>
      <SelectField
        form={form}
        name="toFacilityId"
        label="field.toFacilityId"
        options={targets.map((f) => ({ value: f.facilityId, label: t("form.suggestion", { name: f.name, town: f.town, free: f.free }) }))}
        required
      />
    </FormFrame>
  );
}
