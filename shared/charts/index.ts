/**
 * Chart geometry shared by the app's charts and the PDF reports: scales, nice ticks and SVG
 * path strings from d3-scale / d3-shape, with no DOM or React, so both renderers draw the same.
 */
export {
  coordinate,
  plotArea,
  valueAxis,
  type ChartBox,
  type ChartMargin,
  type PlotArea,
  type Tick,
} from './box'
export {
  isLabelledMonth,
  monthLabelStep,
  trendGeometry,
  type TrendGeometry,
  type TrendInput,
  type TrendLine,
  type TrendPoint,
} from './trend'
export { barGeometry, type Bar, type BarCategory, type BarGeometry, type BarInput, type Rect } from './bars'
export {
  timelineGeometry,
  type TimelineBar,
  type TimelineGeometry,
  type TimelineInput,
  type TimelineItem,
  type TimelineMonth,
} from './timeline'
