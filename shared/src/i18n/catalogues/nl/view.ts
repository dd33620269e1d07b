import type { Catalogue } from "../areas";
import type source from "../en/view";

/** The view area in Dutch (see ../README.md). */
export default {} satisfies Catalogue<typeof source>;
