/** The postMessage type the workbench sends to the stand-in when another message is selected. */
export const STANDIN_SELECT = "baton-standin:select-item";
