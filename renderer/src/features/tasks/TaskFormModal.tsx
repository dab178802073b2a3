/**
 * Create and edit a task. The form checks the same rules the repository enforces — the schema
 * (hours never negative), business logic required, dependencies only on the client's other
 * tasks and never in a cycle — shows each problem under its field, and writes nothing until
 * all are fixed.
 */
import { useEffect, useState } from 'react'
import {
  Alert,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { TASK_PRIORITIES, TASK_STATUSES, taskInputSchema, type TaskInput } from '@shared/schemas'
import {
  campaignsRepository,
  clientsRepository,
  tasksRepository,
  teamMembersRepository,
} from '../../../db/repositories'
import { taskRuleIssues } from '../../../db/repositories/tasks'
import { ValidationError, type FieldIssue } from '../../../db/errors'
import { validate, type FieldErrors } from '../../lib/field-errors'
import { FormActions } from '../../components/FormActions'

/** What the dialog edits: a task by id, or a new task (optionally for a given client). */
export type TaskFormTarget = { taskId: string } | { taskId: null; clientId: string | null }

function emptyTask(clientId: string | null, assigneeId: string | null): TaskInput {
  return {
    clientId: clientId ?? '',
    campaignId: null,
    meetingId: null,
    title: '',
    description: '',
    deadline: null,
    assigneeIds: assigneeId ? [assigneeId] : [],
    estimatedHours: 0,
    usedHours: 0,
    businessLogic: '',
    priority: 'normal',
    sequence: 0,
    dependsOn: [],
    status: 'todo',
    doneAt: null,
  }
}

/** The task dialog; `target` null keeps it closed. */
export function TaskFormModal({
  target,
  onClose,
  defaultAssigneeId = null,
}: {
  target: TaskFormTarget | null
  onClose: () => void
  defaultAssigneeId?: string | null
}) {
  const { t } = useTranslation('work')
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={<Text fw={600}>{target?.taskId ? t('taskForm.titleEdit') : t('taskForm.titleNew')}</Text>}
      size="lg"
    >
      {target ? (
        <TaskForm
          key={target.taskId ?? 'new'}
          target={target}
          onClose={onClose}
          defaultAssigneeId={defaultAssigneeId}
        />
      ) : null}
    </Modal>
  )
}

/** Number inputs give '' while empty; that is no number, so the schema names the field. */
const hours = (value: string | number) => (typeof value === 'number' ? value : Number.NaN)

function TaskForm({
  target,
  onClose,
  defaultAssigneeId,
}: {
  target: TaskFormTarget
  onClose: () => void
  defaultAssigneeId: string | null
}) {
  const { t } = useTranslation('work')
  const [values, setValues] = useState<TaskInput>(() =>
    emptyTask(target.taskId === null ? target.clientId : null, defaultAssigneeId),
  )
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const taskId = target.taskId
  const fixedClient = taskId !== null || (target.taskId === null && target.clientId !== null)

  useEffect(() => {
    if (!taskId) return
    void tasksRepository.get(taskId).then((task) => {
      if (!task) return
      const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = task
      setValues(input)
    })
  }, [taskId])

  const options = useLiveQuery(async () => {
    const [clients, team, campaigns, clientTasks] = await Promise.all([
      clientsRepository.listSorted(),
      teamMembersRepository.list(),
      values.clientId ? campaignsRepository.listForClient(values.clientId) : Promise.resolve([]),
      values.clientId ? tasksRepository.listForClient(values.clientId) : Promise.resolve([]),
    ])
    return { clients, team: team.filter((member) => member.active), campaigns, clientTasks }
  }, [values.clientId])

  const set = <K extends keyof TaskInput>(key: K, value: TaskInput[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors(({ [key]: _removed, ...rest }) => rest)
  }

  const messageFor = (issue: FieldIssue) => {
    const field = issue.path.split('.')[0] ?? ''
    if (field === 'dependsOn') {
      if (/cycle/.test(issue.message)) return t('taskForm.errors.dependsOnCycle')
      if (/itself/.test(issue.message)) return t('taskForm.errors.dependsOnSelf')
    }
    return t(`taskForm.errors.${field}`, { defaultValue: t('taskForm.errors.generic') })
  }
  const showIssues = (issues: readonly FieldIssue[]) => {
    const next: FieldErrors = {}
    for (const issue of issues) {
      const field = issue.path.split('.')[0] ?? ''
      next[field] ??= messageFor(issue)
    }
    setErrors(next)
    setFailure(t('taskForm.fixErrors'))
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const checked = validate(taskInputSchema, values)
    const ruleIssues = taskRuleIssues(values, taskId, options?.clientTasks ?? [])
    if (!checked.ok || ruleIssues.length > 0)
      return showIssues([...(checked.ok ? [] : checked.issues), ...ruleIssues])
    setSaving(true)
    try {
      const input = {
        ...checked.value,
        doneAt: checked.value.status === 'done' ? (values.doneAt ?? new Date().toISOString()) : null,
      }
      const saved = taskId ? await tasksRepository.update(taskId, input) : await tasksRepository.create(input)
      notifications.show({
        color: 'teal',
        message: t(taskId ? 'taskForm.saved' : 'taskForm.created', { title: saved.title }),
      })
      onClose()
    } catch (error) {
      if (error instanceof ValidationError) showIssues(error.issues)
      else
        setFailure(
          t('taskForm.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
        )
    } finally {
      setSaving(false)
    }
  }

  const clientOptions = (options?.clients ?? []).map((client) => ({ value: client.id, label: client.name }))
  const memberOptions = (options?.team ?? []).map((member) => ({ value: member.id, label: member.name }))
  const campaignOptions = (options?.campaigns ?? []).map((campaign) => ({
    value: campaign.id,
    label: campaign.name,
  }))
  const dependencyOptions = (options?.clientTasks ?? [])
    .filter((task) => task.id !== taskId)
    .map((task) => ({ value: task.id, label: task.title }))

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="task-form">
      <Stack gap="sm">
        {failure ? (
          <Alert color="red" variant="light" data-testid="task-form-failure" p="xs">
            {failure}
          </Alert>
        ) : null}
        {fixedClient ? null : (
          <Select
            label={t('taskForm.client')}
            data={clientOptions}
            value={values.clientId || null}
            onChange={(value) => {
              setValues((current) => ({ ...current, clientId: value ?? '', campaignId: null, dependsOn: [] }))
              setErrors(({ clientId: _removed, ...rest }) => rest)
            }}
            error={errors.clientId}
            searchable
            withAsterisk
            data-testid="task-form-client"
          />
        )}
        <TextInput
          label={t('taskForm.title')}
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
          data-autofocus
          withAsterisk
          data-testid="task-form-title"
        />
        <Textarea
          label={t('taskForm.businessLogic')}
          description={t('taskForm.businessLogicHint')}
          value={values.businessLogic}
          onChange={(event) => set('businessLogic', event.currentTarget.value)}
          error={errors.businessLogic}
          autosize
          minRows={2}
          maxRows={4}
          withAsterisk
          data-testid="task-form-business-logic"
        />
        <Textarea
          label={t('taskForm.description')}
          value={values.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errors.description}
          autosize
          minRows={2}
          maxRows={6}
          data-testid="task-form-description"
        />
        <SimpleGrid cols={3} spacing="sm">
          <TextInput
            type="date"
            label={t('taskForm.deadline')}
            value={values.deadline ?? ''}
            onChange={(event) => set('deadline', event.currentTarget.value || null)}
            error={errors.deadline}
            data-testid="task-form-deadline"
          />
          <Select
            label={t('taskForm.priority')}
            data={TASK_PRIORITIES.map((value) => ({ value, label: t(`app:priority.${value}`) }))}
            value={values.priority}
            onChange={(value) => value && set('priority', value)}
            allowDeselect={false}
            data-testid="task-form-priority"
          />
          <Select
            label={t('taskForm.status')}
            data={TASK_STATUSES.map((value) => ({ value, label: t(`app:taskStatus.${value}`) }))}
            value={values.status}
            onChange={(value) => value && set('status', value)}
            allowDeselect={false}
            data-testid="task-form-status"
          />
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="sm">
          <MultiSelect
            size="xs"
            label={t('taskForm.assignees')}
            data={memberOptions}
            value={values.assigneeIds}
            onChange={(value) => set('assigneeIds', value)}
            searchable
            style={{ gridColumn: 'span 1' }}
            data-testid="task-form-assignees"
          />
          <NumberInput
            size="xs"
            label={t('taskForm.estimatedHours')}
            value={values.estimatedHours}
            onChange={(value) => set('estimatedHours', hours(value))}
            error={errors.estimatedHours}
            decimalScale={2}
            step={0.5}
            clampBehavior="none"
            data-testid="task-form-estimated-hours"
          />
          <NumberInput
            size="xs"
            label={t('taskForm.usedHours')}
            value={values.usedHours}
            onChange={(value) => set('usedHours', hours(value))}
            error={errors.usedHours}
            decimalScale={2}
            step={0.5}
            clampBehavior="none"
            data-testid="task-form-used-hours"
          />
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="sm">
          <Select
            label={t('taskForm.campaign')}
            placeholder={t('taskForm.noCampaign')}
            data={campaignOptions}
            value={values.campaignId}
            onChange={(value) => set('campaignId', value)}
            clearable
            searchable
            data-testid="task-form-campaign"
          />
          <MultiSelect
            size="xs"
            label={t('taskForm.dependsOn')}
            placeholder={values.dependsOn.length ? undefined : t('taskForm.noDependencies')}
            data={dependencyOptions}
            value={values.dependsOn}
            onChange={(value) => set('dependsOn', value)}
            error={errors.dependsOn}
            searchable
            data-testid="task-form-depends-on"
          />
          <NumberInput
            size="xs"
            label={t('taskForm.sequence')}
            value={values.sequence}
            onChange={(value) => set('sequence', hours(value))}
            error={errors.sequence}
            allowDecimal={false}
            clampBehavior="none"
            data-testid="task-form-sequence"
          />
        </SimpleGrid>
        <FormActions
          onCancel={onClose}
          submitLabel={taskId ? t('app:common.save') : t('app:common.create')}
          saving={saving}
          submitTestId="task-form-submit"
        />
      </Stack>
    </form>
  )
}
