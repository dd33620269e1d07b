import type { Catalogue } from "../areas";
import type source from "../en/gmail";

/** The gmail area in Dutch (see ../README.md). */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- no words have moved here yet (issue 18 left open)
export default {} satisfies Catalogue<typeof source>;
