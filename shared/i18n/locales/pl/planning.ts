/** UI strings of the planning features. */
export default {} as const
