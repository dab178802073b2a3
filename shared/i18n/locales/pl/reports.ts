/** The Reports screen and report export (UI language). */
export default {}
