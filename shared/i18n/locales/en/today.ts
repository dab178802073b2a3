/** The Today screen: what to do now across all clients. */
export default {}
