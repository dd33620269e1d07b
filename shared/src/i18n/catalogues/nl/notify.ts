import type { Catalogue } from "../areas";
import type source from "../en/notify";

/** The notify area in Dutch (see ../README.md). */
export default {} satisfies Catalogue<typeof source>;
