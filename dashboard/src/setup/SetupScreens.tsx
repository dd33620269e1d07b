// The setup chunk (loaded lazily by the app): the first run and the setup steps.
export { FirstRun } from "./FirstRun";
export { SetupFlow } from "./SetupFlow";
