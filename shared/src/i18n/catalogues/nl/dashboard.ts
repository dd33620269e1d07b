import type { Catalogue } from "../areas";
import type source from "../en/dashboard";

/** The dashboard area in Dutch (see ../README.md). */
export default {} satisfies Catalogue<typeof source>;
