/** The renderer's UI strings. */
export default {} as const
