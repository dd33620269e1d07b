// moment-business-time ships no types; these are the two methods the benchmark calls.
import "moment";

declare module "moment" {
  interface Moment {
    addWorkingTime(amount: number, unit: "minutes"): Moment;
    workingDiff(other: Moment, unit: "minutes"): number;
  }
}
