import type { ComponentType, FunctionComponent } from "preact";
import { memo } from "preact/compat";
import type { Picture } from "../api/types";
import type { PictureSectionProps } from "./module";

/**
 * A picture section drawn again only when its own part of the picture changed. An accommodation push replaces the
 * board and keeps every other part as it was, so at 50 changes per second the other services' sections stay put.
 */
export function sliceSection<K extends keyof Picture>(slice: K, section: FunctionComponent<PictureSectionProps>): ComponentType<PictureSectionProps> {
  return memo(section, (before, after) => before.crisisId === after.crisisId && before.picture[slice] === after.picture[slice]);
}
