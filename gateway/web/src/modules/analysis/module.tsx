import type { PageModule } from "../module";

export const analysisModule: PageModule = {
  screen: () => null,
  nav: [],
  pictureSections: [],
};
