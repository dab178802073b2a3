/** A task: description, deadline, resources and the business logic it serves (seed 003). */
import { z } from 'zod'
import { dateSchema, idSchema, instantSchema, recordBaseSchema, requiredTextSchema } from './primitives'
import { taskPrioritySchema, taskStatusSchema } from './enums'

/** The fields of a task. */
export const taskInputSchema = z.object({
  clientId: idSchema,
  campaignId: idSchema.nullable(),
  meetingId: idSchema.nullable(),
  title: requiredTextSchema.max(200),
  description: z.string(),
  deadline: dateSchema.nullable(),
  assigneeIds: z.array(idSchema),
  estimatedHours: z.number().min(0),
  usedHours: z.number().min(0),
  businessLogic: z.string(),
  priority: taskPrioritySchema,
  sequence: z.number().int().min(0),
  dependsOn: z.array(idSchema),
  status: taskStatusSchema,
  doneAt: instantSchema.nullable(),
})
export type TaskInput = z.infer<typeof taskInputSchema>

/** A stored task. */
export const taskSchema = recordBaseSchema.extend(taskInputSchema.shape)
export type Task = z.infer<typeof taskSchema>
