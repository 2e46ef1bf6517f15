/** What a report covers: instants `start` ≤ t < `end` (ISO UTC), on one site or (undefined) all. */
export interface ReportScope {
  start: string;
  end: string;
  siteId: string | undefined;
}
