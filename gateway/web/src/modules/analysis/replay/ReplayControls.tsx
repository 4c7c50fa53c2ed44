import { api } from "../../../api/client";
import { ActionButton } from "../../../forms/ActionButton";
import { FormFrame, SelectField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { replayPaths } from "./paths";
import { speedOptions } from "./speeds";
import type { ReplayFrame, ReplayView } from "./types";

type Show = (frame: ReplayFrame) => void;

const command = (replay: ReplayView, name: string) => `${replayPaths.api(replay.crisisId)}/${replay.replayId}/${name}`;

/** Play or hold, one entry on, and the speed: each a command whose answer is the next frame. */
export function ReplayControls({ replay, show }: { replay: ReplayView; show: Show }) {
  const send = (name: string) => (_: object, idempotencyKey: string) => api<ReplayFrame>("POST", command(replay, name), { idempotencyKey }).then(show);
  return (
    <div class="replay__controls">
      {replay.status === "playing"
        ? <ActionButton label="analysis.replay.pause" submit={send("pause")} done={() => undefined} />
        : <ActionButton label="analysis.replay.play" submit={send("resume")} done={() => undefined} />}
      <ActionButton label="analysis.replay.step" submit={send("step")} done={() => undefined} />
      <SpeedForm replay={replay} show={show} />
    </div>
  );
}

function SpeedForm({ replay, show }: { replay: ReplayView; show: Show }) {
  const form = useForm({
    initial: { speed: String(replay.speed) },
    submit: (v, idempotencyKey) => api<ReplayFrame>("PUT", command(replay, "speed"), { body: { speed: Number(v.speed) }, idempotencyKey }),
    done: show,
  });
  return (
    <FormFrame form={form} title="analysis.replay.speedTitle" submitLabel="analysis.replay.setSpeed">
      <SelectField form={form} name="speed" label="analysis.replay.speed" options={speedOptions(false)} />
    </FormFrame>
  );
}
