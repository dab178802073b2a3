/** TODO translate */
export { default } from '../en/results'
