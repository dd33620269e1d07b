import type { Catalogue } from "../areas";
import type source from "../en/admin";

/** The admin area in Dutch (see ../README.md). */
export default {} satisfies Catalogue<typeof source>;
