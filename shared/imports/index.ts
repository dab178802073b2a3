/** Imports of ad-platform exports and any CSV: read a file, then plan what to write. */
export { describe } from './issues'
export type { BinaryKind, FileError, ImportIssue, ImportWarning, NoDataReason, RowRejection } from './issues'
export { decodeBytes } from './decode'
export type { DecodeOptions, Decoded, TextEncodingName } from './decode'
export type { Delimiter, Progress } from './csv'
export type { DateOrder, Period } from './dates'
export type { DecimalSeparator } from './numbers'
export {
  IMPORT_SOURCES,
  columnRoleSchema,
  emptyMapping,
  importMappingSchema,
  importSourceSchema,
} from './mapping'
export type { ColumnRole, ImportMapping, ImportSource, MappedColumn, MetricField } from './mapping'
export { PRESETS, bestPreset } from './presets'
export type { ImportRow, MetricValues } from './extract'
export { readExport, readExportInChunks } from './read'
export type { ChunkedReadOptions, ParsedExport, ReadOptions, ReadResult, TotalsRow } from './read'
export { sumMetrics } from './totals'
export { planImport } from './plan'
export type {
  CustomAggregation,
  FieldChange,
  ImportPlan,
  MonthAction,
  PlanContext,
  PlannedMonth,
} from './plan'
