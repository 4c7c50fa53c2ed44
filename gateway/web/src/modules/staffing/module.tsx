import type { PageModule } from "../module";

export const staffingModule: PageModule = {
  screen: () => null,
  nav: [],
  pictureSections: [],
};
