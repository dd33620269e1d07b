/**
 * moment-business-time and dayjs-business-time, run in a child process started with TZ=<zone>:
 * both only know the process's local zone. Reads cases as JSON on stdin, prints results as JSON.
 */
import dayjs from "dayjs";
import dayjsBusinessTime from "dayjs-business-time";
import moment from "moment";
import "moment-business-time";
import { HOLIDAYS, makeCases, opsPerSecond } from "./cases";

const n = Number(process.argv[2] ?? "1000");
const cases = makeCases(n);
const MIN = 60_000;

const hours = ["09:00:00", "17:00:00"];
moment.updateLocale("en", {
  workinghours: { 0: null, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: null },
  holidays: HOLIDAYS,
});

dayjs.extend(dayjsBusinessTime);
const window = [{ start: "09:00:00", end: "17:00:00" }];
dayjs.setBusinessTime({
  sunday: null,
  monday: window,
  tuesday: window,
  wednesday: window,
  thursday: window,
  friday: window,
  saturday: null,
});
dayjs.setHolidays(HOLIDAYS);

const momentAdd = (start: number, minutes: number): number =>
  moment(start).addWorkingTime(minutes, "minutes").valueOf();
const momentBetween = (from: number, to: number): number =>
  moment(to).workingDiff(moment(from), "minutes") * MIN;
const dayjsAdd = (start: number, minutes: number): number =>
  dayjs(start).addBusinessMinutes(minutes).valueOf();
// dayjs counts from the receiver to the argument, moment the other way round.
const dayjsBetween = (from: number, to: number): number => dayjs(from).businessMinutesDiff(dayjs(to)) * MIN;

const report = (
  add: (s: number, m: number) => number,
  between: (a: number, b: number) => number,
): { adds: number[]; betweens: number[]; addOps: number; betweenOps: number } => {
  const adds = cases.map((c) => add(c.start, c.minutes));
  // Measure over [start, start + duration in real time + 3 days]: crosses closed time and DST.
  const betweens = cases.map((c) => between(c.start, c.start + c.minutes * MIN + 3 * 86_400_000));
  return {
    adds,
    betweens,
    addOps: opsPerSecond(cases, (c) => add(c.start, c.minutes)),
    betweenOps: opsPerSecond(cases, (c) => between(c.start, c.start + c.minutes * MIN + 3 * 86_400_000)),
  };
};

process.stdout.write(
  JSON.stringify({
    tz: process.env.TZ,
    moment: report(momentAdd, momentBetween),
    dayjs: report(dayjsAdd, dayjsBetween),
  }),
);
