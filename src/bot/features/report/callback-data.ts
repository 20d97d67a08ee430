// The button that opens a leader's report (reminders, notices, the period choice):
// "report:open" opens the open period (or asks which, when several are open);
// "report:open:12" opens period 12.
export const OPEN_REPORT_CALLBACK = "report:open";
export const OPEN_REPORT_PATTERN = /^report:open(?::(\d+))?$/;

export function openReportCallback(periodId?: number): string {
  return periodId === undefined ? OPEN_REPORT_CALLBACK : `${OPEN_REPORT_CALLBACK}:${periodId}`;
}
