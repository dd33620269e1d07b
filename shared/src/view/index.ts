// Public surface of view/: the sidebar view model both add-ins render.
export * from "./types";
