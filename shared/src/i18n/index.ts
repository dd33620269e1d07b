export * from "./language";
export * from "./translator";
export type { Area, Catalogue, MessageKey, Messages } from "./catalogues/areas";
export { AREAS } from "./catalogues/areas";
