/** Upper bounds of the backlog age buckets, days: under 1, 1–5, 5–10, 10–30, over 30. */
export const AGE_BUCKET_DAYS = [1, 5, 10, 30, Number.POSITIVE_INFINITY] as const;

/** Labels of the age buckets, as service-desk reports show them. */
export const AGE_BUCKET_LABELS = [
  'under 1 day',
  '1–5 days',
  '5–10 days',
  '10–30 days',
  'over 30 days',
] as const;

/** The backlog sampled at regular times: how many tickets are open, and how old. */
export interface BacklogSeries {
  /** Minutes between samples; sample i is taken at i × everyMinutes. */
  everyMinutes: number;
  /** Tickets open (waiting or in work) at each sample. */
  open: number[];
  /** Age of the oldest open ticket at each sample, minutes (0 when none is open). */
  oldestMinutes: number[];
  /** Open tickets by age bucket (see AGE_BUCKET_DAYS) at each sample. */
  byAge: number[][];
}

/** At most this many samples a run: longer runs are sampled less often. */
const MAX_SAMPLES = 2500;

/**
 * Collects the backlog series of one replication: hourly, or coarser for long runs. A recorder
 * made with `keep` false takes no sample: its series stays empty.
 */
export class BacklogRecorder {
  readonly series: BacklogSeries;
  private nextTime: number;

  constructor(horizonMinutes: number, keep = true) {
    this.nextTime = keep ? 0 : Number.POSITIVE_INFINITY;
    const every = Math.max(60, Math.ceil(horizonMinutes / MAX_SAMPLES / 60) * 60);
    this.series = {
      everyMinutes: every,
      open: [],
      oldestMinutes: [],
      byAge: AGE_BUCKET_DAYS.map(() => []),
    };
  }

  /** The time of the sample to take now. */
  get sampleTime(): number {
    return this.nextTime;
  }

  /** Records the sample due now from the arrival times of the open tickets. */
  record(arrivalTimes: readonly number[]): void {
    const now = this.nextTime;
    const counts = AGE_BUCKET_DAYS.map(() => 0);
    let oldest = 0;
    for (const arrival of arrivalTimes) {
      const age = now - arrival;
      if (age > oldest) oldest = age;
      const days = age / 1440;
      const bucket = AGE_BUCKET_DAYS.findIndex((limit) => days < limit);
      counts[bucket] = (counts[bucket] as number) + 1;
    }
    this.series.open.push(arrivalTimes.length);
    this.series.oldestMinutes.push(oldest);
    for (const [i, count] of counts.entries()) this.series.byAge[i]?.push(count);
    this.nextTime += this.series.everyMinutes;
  }
}
