/** The client-facing text of the monthly and weekly PDF reports and their shared parts (cover, footer, tiles, tables), in the client's language. */
export default {}
