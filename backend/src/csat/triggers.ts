// The customer's survey page (issue 17): its own HTTPS function, with no member token (the customer
// is not a member; the signed link is the credential). Hosting rewrites /csat here.
import { onRequest } from "firebase-functions/v2/https";
import { lazy } from "../runtime/lazy";

const engine = lazy(async () => {
  const [{ firestore }, { answerSurvey }] = await Promise.all([import("../store/db"), import("./answer")]);
  return { firestore, answerSurvey };
});

/** Customers click links, a few a minute at most: two instances answer them all. */
const CSAT_INSTANCES = 2;

export const csat = onRequest({ maxInstances: CSAT_INSTANCES }, async (req, res) => {
  const { firestore, answerSurvey } = await engine();
  const source = (req.method === "POST" ? req.body : req.query) as Record<string, unknown>;
  const out = await answerSurvey(
    firestore(),
    { t: source.t, r: source.r, comment: source.comment },
    Date.now(),
  );
  res
    .status(out.status)
    .set("Cache-Control", "no-store")
    .set("X-Content-Type-Options", "nosniff")
    .set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
    .type("html")
    .send(out.html);
});
