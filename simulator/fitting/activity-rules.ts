/**
 * How event-log activities map to a ticket's milestones: regular expressions (case-insensitive)
 * matched against the activity name. A ticket opens at its first event whatever it is.
 */
export interface ActivityRules {
  firstTouch: RegExp;
  resolve: RegExp;
  close: RegExp;
  handOff: RegExp;
}

/** Activity names common to service-desk tools and process-mining exports. */
export const DEFAULT_ACTIVITY_RULES: ActivityRules = {
  firstTouch:
    /take[ns]? in charge|in progress|work (started|in progress)|start(ed)? work|accept|acknowledg|respon|pick(ed)? up|assigned to (an? )?(agent|technician)|being worked|open(ed)? by agent/i,
  resolve: /resol|solved|fixed|restor/i,
  close: /clos/i,
  handOff: /upgrade|escalat|reassign|transfer|forward|hand.?(over|off)|route/i,
};
