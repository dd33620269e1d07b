// The region every function deploys to: BATON_REGION from backend/.env.<project> (written by
// `npm run deploy` from baton.config.json), us-central1 when unset (the emulators, old deployments).
// A param, not process.env: deploy-time discovery loads this file without the project's .env, and
// only params are resolved from it. Imported first in index.ts, before any trigger is defined.
import { setGlobalOptions } from "firebase-functions/v2";
import { defineString } from "firebase-functions/params";

setGlobalOptions({ region: defineString("BATON_REGION", { default: "us-central1" }) });
