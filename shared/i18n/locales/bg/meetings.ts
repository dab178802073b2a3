/** Meetings: the calendar, client meeting logs, quarterly and annual reviews, the .ics export. */
export default {}
