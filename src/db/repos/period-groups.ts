// The groups a period counts: the ward's active groups, and any group (merged or deactivated
// since) that has a report in it — so a merge or a deactivation never changes a past period's
// figures, and a merged group counts as one from the next period.
export function periodGroupsWhere(wardId: number, periodId: number) {
  return { wardId, OR: [{ active: true }, { reports: { some: { periodId } } }] };
}
