import type { PageModule } from "../module";

export const taskingModule: PageModule = {
  screen: () => null,
  nav: [],
  pictureSections: [],
};
