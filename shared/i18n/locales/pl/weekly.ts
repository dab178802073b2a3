/** The internal client weekly (seed 000): weekly cards, presenter mode, distilled client summaries. */
export default {}
