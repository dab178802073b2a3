/** Metric entry, targets and imports of a client's data. */
export default {}
