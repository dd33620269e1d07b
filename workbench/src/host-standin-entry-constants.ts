/** The postMessage type the workbench sends to the stand-in when another message is selected. */
export const STANDIN_SELECT = "baton-standin:select-item";

/** The postMessage type the workbench sends to the stand-in when its theme toggle changes. */
export const STANDIN_THEME = "baton-standin:theme";
