// Buttons of /khenthuong. Ids come back from the client: parsed strictly here, checked against
// the member's ward in every repo call.
export const officeData = {
  home: (periodId: number) => `kt:h:${periodId}`,
  group: (periodId: number, groupId: number) => `kt:g:${periodId}:${groupId}`,
  accept: (periodId: number, groupId: number) => `kt:a:${periodId}:${groupId}`,
  returnPick: (periodId: number, groupId: number) => `kt:rp:${periodId}:${groupId}`,
  returnLine: (lineId: number) => `kt:r:${lineId}`,
  posting: (periodId: number) => `kt:p:${periodId}`,
  comments: (periodId: number) => `kt:pc:${periodId}`,
  openReady: (periodId: number) => `kt:vr:${periodId}`,
  editPick: (periodId: number, groupId: number) => `kt:ep:${periodId}:${groupId}`,
  editLine: (lineId: number) => `kt:e:${lineId}`,
  openVote: (periodId: number) => `kt:v:${periodId}`,
  closeVote: (voteId: number) => `kt:c:${voteId}`,
  tally: (voteId: number) => `kt:t:${voteId}`,
  approve: (voteId: number) => `kt:ok:${voteId}`,
  approveConfirm: (voteId: number) => `kt:okc:${voteId}`,
};

export const HOME_PATTERN = /^kt:h:(\d{1,9})$/;
export const GROUP_PATTERN = /^kt:g:(\d{1,9}):(\d{1,9})$/;
export const ACCEPT_PATTERN = /^kt:a:(\d{1,9}):(\d{1,9})$/;
export const RETURN_PICK_PATTERN = /^kt:rp:(\d{1,9}):(\d{1,9})$/;
export const RETURN_LINE_PATTERN = /^kt:r:(\d{1,9})$/;
export const POSTING_PATTERN = /^kt:p:(\d{1,9})$/;
export const OPEN_VOTE_PATTERN = /^kt:v:(\d{1,9})$/;
export const COMMENTS_PATTERN = /^kt:pc:(\d{1,9})$/;
export const OPEN_READY_PATTERN = /^kt:vr:(\d{1,9})$/;
export const EDIT_PICK_PATTERN = /^kt:ep:(\d{1,9}):(\d{1,9})$/;
export const EDIT_LINE_PATTERN = /^kt:e:(\d{1,9})$/;
export const CLOSE_VOTE_PATTERN = /^kt:c:(\d{1,9})$/;
export const TALLY_PATTERN = /^kt:t:(\d{1,9})$/;
export const APPROVE_PATTERN = /^kt:ok:(\d{1,9})$/;
export const APPROVE_CONFIRM_PATTERN = /^kt:okc:(\d{1,9})$/;

/** Buttons of the council's ballot message. */
export const ballotData = {
  list: (voteId: number, agree: boolean) => `kv:${voteId}:all:${agree ? "y" : "n"}`,
  perLine: (voteId: number) => `kv:${voteId}:lines`,
  line: (voteId: number, lineId: number, agree: boolean) => `kv:${voteId}:l:${lineId}:${agree ? "y" : "n"}`,
};
export const BALLOT_LIST_PATTERN = /^kv:(\d{1,9}):all:([yn])$/;
export const BALLOT_LINES_PATTERN = /^kv:(\d{1,9}):lines$/;
export const BALLOT_LINE_PATTERN = /^kv:(\d{1,9}):l:(\d{1,9}):([yn])$/;
