import type { Catalogue } from "../areas";
import type source from "../en/store";

/** The store area in Dutch (see ../README.md). */
export default {} satisfies Catalogue<typeof source>;
