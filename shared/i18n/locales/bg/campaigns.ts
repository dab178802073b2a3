/** UI strings of the campaigns features. */
export default {} as const
