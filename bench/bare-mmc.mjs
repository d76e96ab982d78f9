// Workload 1 of stafflab's benchmark suite as a bare, hand-written JavaScript loop: the ceiling
// a general engine can approach on this machine.
//
// M/M/10 at load 0.9 (0.9 tickets a minute, exponential work of 10 minutes), one FIFO queue, run
// until the expected number of tickets has arrived. Events are arrivals and departures, counted
// as stafflab counts them. The loop uses Math.random, a typed-array binary heap of departures and
// a typed-array ring buffer for the queue, and records nothing but the sum of waits, which must
// agree with Erlang C (6.69 minutes) for the comparison to be fair.
//
// Run: node bench/bare-mmc.mjs [tickets=1000000] [runs=5]

const AGENTS = 10;
const ARRIVALS_PER_MINUTE = 0.9;
const MEAN_WORK_MINUTES = 10;

function run(tickets) {
  const horizon = tickets / ARRIVALS_PER_MINUTE;
  const departures = new Float64Array(AGENTS + 1);
  let busy = 0;
  const queue = new Float64Array(1 << 16);
  let head = 0;
  let tail = 0;
  let nextArrival = -Math.log(1 - Math.random()) / ARRIVALS_PER_MINUTE;
  let events = 0;
  let waitSum = 0;
  let started = 0;
  const startWork = (now) => {
    // Push now + work onto the departure heap.
    let hole = busy++;
    const end = now - MEAN_WORK_MINUTES * Math.log(1 - Math.random());
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      if (departures[parent] <= end) break;
      departures[hole] = departures[parent];
      hole = parent;
    }
    departures[hole] = end;
  };
  for (;;) {
    const departure = busy > 0 ? departures[0] : Number.POSITIVE_INFINITY;
    const now = Math.min(nextArrival, departure);
    if (now > horizon) break;
    events++;
    if (departure <= nextArrival) {
      // Pop the heap's root.
      const last = departures[--busy];
      let hole = 0;
      for (;;) {
        let child = 2 * hole + 1;
        if (child >= busy) break;
        if (child + 1 < busy && departures[child + 1] < departures[child]) child++;
        if (last <= departures[child]) break;
        departures[hole] = departures[child];
        hole = child;
      }
      departures[hole] = last;
      if (head !== tail) {
        waitSum += now - queue[head];
        head = (head + 1) & 0xffff;
        started++;
        startWork(now);
      }
    } else {
      nextArrival = now - Math.log(1 - Math.random()) / ARRIVALS_PER_MINUTE;
      if (busy < AGENTS) {
        started++;
        startWork(now);
      } else {
        queue[tail] = now;
        tail = (tail + 1) & 0xffff;
        if (tail === head) throw new Error('queue overflow');
      }
    }
  }
  return { events, meanWait: waitSum / started };
}

const tickets = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 5);
const rates = [];
let meanWait = 0;
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const result = run(tickets);
  rates.push(result.events / ((performance.now() - start) / 1000));
  meanWait = result.meanWait;
}
rates.sort((a, b) => a - b);
const middle = Math.floor(runs / 2);
const median = runs % 2 === 1 ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2;
console.log(
  `bare loop, M/M/${AGENTS} at load 0.9, ${tickets.toLocaleString('en')} tickets: ` +
    `median of ${runs} runs ${(median / 1e6).toFixed(2)} M events/s; mean wait ${meanWait.toFixed(2)} min (Erlang C: 6.69)`,
);
