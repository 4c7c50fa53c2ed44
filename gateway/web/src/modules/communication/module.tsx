import type { PageModule } from "../module";

export const communicationModule: PageModule = {
  screen: () => null,
  nav: [],
  pictureSections: [],
};
