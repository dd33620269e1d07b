import type { Catalogue } from "../areas";
import type source from "../en/pane";

/** The pane area in Dutch (see ../README.md). */
export default {} satisfies Catalogue<typeof source>;
