import type { Catalogue } from "../areas";
import type source from "../en/workbench";

/** The workbench area in Dutch (see ../README.md). */
export default {} satisfies Catalogue<typeof source>;
