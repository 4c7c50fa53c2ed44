import { t } from "../../../i18n/i18n";

/** The speeds offered (the dashboard accepts any from 1× to 3600×); "step" starts held, to go entry by entry. */
export const speeds = ["1", "10", "60", "600", "3600"] as const;

export const speedOptions = (withStep: boolean) => [
  ...(withStep ? [{ value: "step", label: t("analysis.replay.stepByStep") }] : []),
  ...speeds.map((s) => ({ value: s, label: t("analysis.replay.speedTimes", { speed: s }) })),
];
