/** The client-facing text of the quarterly and annual PDF reports, in the client's language. */
export default {}
