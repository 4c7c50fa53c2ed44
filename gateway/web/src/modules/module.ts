import type { ComponentType, VNode } from "preact";
import type { Picture } from "../api/types";
import type { TextKey } from "../i18n/i18n";

/** A link in the header's navigation, shown when `visible()` says the signed-in user may use it. */
export interface NavLink {
  href: string;
  label: TextKey;
  visible: () => boolean;
}

/** What a section of the crisis picture is given: the live picture (snapshot + pushes) and its crisis. */
export interface PictureSectionProps {
  crisisId: string;
  picture: Picture;
}

/**
 * A service's part of the page (see README.md, "How a service adds its screens"): its screens by path, its links in
 * the header, and its sections of the live crisis picture, in the order they are shown.
 */
export interface PageModule {
  /** The screen for a path this module owns, or null (the next module is asked). Only called for a signed-in user. */
  screen: (path: string, search: URLSearchParams) => VNode | null;
  nav: NavLink[];
  /** Each wrapped in `sliceSection(part, Section)`, so that it is drawn again only when its part of the picture changed. */
  pictureSections: ComponentType<PictureSectionProps>[];
}
