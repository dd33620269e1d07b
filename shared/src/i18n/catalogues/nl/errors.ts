import type { Catalogue } from "../areas";
import type source from "../en/errors";

/** The errors area in Dutch (see ../README.md). */
export default {} satisfies Catalogue<typeof source>;
