// Callback data of the progress and review buttons. It comes back from the user's client,
// so it is parsed strictly here and every id is checked against the member's ward later.

export const progressData = {
  list: (periodId: number, page: number) => `pg:l:${periodId}:${page}`,
  group: (periodId: number, groupId: number) => `pg:g:${periodId}:${groupId}`,
  approve: (periodId: number, groupId: number) => `rv:ok:${periodId}:${groupId}`,
  return: (periodId: number, groupId: number) => `rv:ret:${periodId}:${groupId}`,
  reopen: (periodId: number, groupId: number) => `rv:open:${periodId}:${groupId}`,
};

export const LIST_PATTERN = /^pg:l:(\d{1,9}):(\d{1,4})$/;
export const GROUP_PATTERN = /^pg:g:(\d{1,9}):(\d{1,9})$/;
export const REVIEW_PATTERN = /^rv:(ok|ret|open):(\d{1,9}):(\d{1,9})$/;
/** Buttons of the return conversation (items to fix). */
export const PICK_PREFIX = "rvi:";

export function ids(match: RegExpMatchArray | string | null | undefined, ...indexes: number[]): number[] {
  if (!match || typeof match === "string") return [];
  return indexes.map((index) => Number(match[index]));
}
