import { analysisModule } from "./analysis/module";
import { communicationModule } from "./communication/module";
import type { PageModule } from "./module";
import { situationModule } from "./situation/module";
import { staffingModule } from "./staffing/module";
import { taskingModule } from "./tasking/module";
import { logbookModule } from "./logbook/module";

/** Every service's part of the page, in the order of the header's links and of the picture's sections. */
export const modules: PageModule[] = [situationModule, staffingModule, taskingModule, communicationModule, analysisModule, logbookModule];
