/** UI strings of the work features. */
export default {} as const
