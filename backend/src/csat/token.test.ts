import { signSurvey, verifySurvey, type SurveyClaim } from "./token";

const claim: SurveyClaim = { org: "acme", key: "c1", cycle: 1000, expiresAt: 5000, lang: "nl" };

test("a signed link verifies until it expires", () => {
  const token = signSurvey("s3cret", claim);
  expect(verifySurvey("s3cret", token, 4999)).toEqual({ ok: true, claim });
  expect(verifySurvey("s3cret", token, 5001)).toEqual({ ok: false, reason: "expired" });
});

test("a changed payload, another secret, no secret or junk are forged", () => {
  const [, mac] = signSurvey("s3cret", claim).split(".");
  const other = Buffer.from(JSON.stringify(["acme", "c2", 1000, 5000, "nl"])).toString("base64url");
  expect(verifySurvey("s3cret", `${other}.${mac}`, 0)).toEqual({ ok: false, reason: "forged" });
  expect(verifySurvey("guess", signSurvey("s3cret", claim), 0)).toEqual({ ok: false, reason: "forged" });
  expect(verifySurvey("", signSurvey("", claim), 0)).toEqual({ ok: false, reason: "forged" });
  expect(verifySurvey("s3cret", "junk", 0)).toEqual({ ok: false, reason: "forged" });
});
