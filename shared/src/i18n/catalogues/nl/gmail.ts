import type { Catalogue } from "../areas";
import type source from "../en/gmail";

/** The gmail area in Dutch (see ../README.md). */
export default {} satisfies Catalogue<typeof source>;
