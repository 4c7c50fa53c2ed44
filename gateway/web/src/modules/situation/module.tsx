import type { PageModule } from "../module";

export const situationModule: PageModule = {
  screen: () => null,
  nav: [],
  pictureSections: [],
};
