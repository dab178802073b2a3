/** Application menu labels (main process). */
export default {} as const
