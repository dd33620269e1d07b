/** The admin area in English, the source language (see ../README.md). */
export default {} as const;
