import { api } from "../../../api/client";
import { berlinLocalInput, berlinLocalToIso } from "../../../i18n/format";
import { FormFrame, SelectField, TextField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { navigate } from "../../../router";
import { replayPaths } from "./paths";
import { speedOptions } from "./speeds";
import type { ReplayFrame } from "./types";

/** POST …/replays: the period (Berlin wall time) and the speed; then the replay's view. */
export function StartReplayForm({ crisisId, from, to }: { crisisId: string; from: Date; to: Date }) {
  const form = useForm({
    initial: { from: berlinLocalInput(from), to: berlinLocalInput(to), speed: "60" },
    submit: (v, idempotencyKey) =>
      api<ReplayFrame>("POST", replayPaths.api(crisisId), {
        body: {
          from: berlinLocalToIso(v.from),
          to: berlinLocalToIso(v.to),
          speed: v.speed === "step" ? undefined : Number(v.speed),
          paused: v.speed === "step",
        },
        idempotencyKey,
      }),
    done: (frame) => navigate(replayPaths.replay(crisisId, frame.replay.replayId)),
  });
  return (
    <FormFrame form={form} title="analysis.replay.startTitle" submitLabel="analysis.replay.start">
      <TextField form={form} name="from" label="analysis.replay.from" type="datetime-local" required />
      <TextField form={form} name="to" label="analysis.replay.to" type="datetime-local" required />
      <SelectField form={form} name="speed" label="analysis.replay.speed" options={speedOptions(true)} />
    </FormFrame>
  );
}
