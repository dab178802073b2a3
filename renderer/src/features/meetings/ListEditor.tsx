/**
 * An editable list of short texts (a meeting's agenda, its decisions): edit in place, Enter or
 * leaving the line saves, clearing a line removes it, items move up and down, and a line at the
 * bottom adds. Each line keeps what is typed until it is saved. Every edit is a change of the
 * stored list (not of the list this render shows), so quick edits made before the list has
 * re-rendered — two lines added, one added and another removed — all survive.
 */
import { useState } from 'react'
import { ActionIcon, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { appendLine, moveLine, replaceLine, type ShownLine } from '@shared/list-edits'

/** Props of a list editor; `onChange` applies a change to the stored list and writes it. */
export type ListEditorProps = {
  items: readonly string[]
  onChange: (change: (stored: readonly string[]) => string[]) => Promise<unknown>
  addPlaceholder: string
  empty: string
  numbered?: boolean
  testId: string
}

/** The list editor. */
export function ListEditor({
  items,
  onChange,
  addPlaceholder,
  empty,
  numbered = false,
  testId,
}: ListEditorProps) {
  const { t } = useTranslation('meetings')
  const [draft, setDraft] = useState('')

  const replace = (line: ShownLine, text: string) => onChange((stored) => replaceLine(stored, line, text))
  const move = (line: ShownLine, step: -1 | 1) => void onChange((stored) => moveLine(stored, line, step))
  const add = async () => {
    const text = draft.trim()
    if (text === '') return
    // Cleared at once, so the next line can be typed while this one is written.
    setDraft('')
    try {
      await onChange((stored) => appendLine(stored, text))
    } catch {
      // Not written: the text goes back into the field (unless a new one is being typed there).
      setDraft((typing) => (typing === '' ? text : typing))
    }
  }

  return (
    <Stack gap={2} data-testid={testId}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" py={4}>
          {empty}
        </Text>
      ) : null}
      {items.map((item, index) => (
        <ListLine
          // The text is part of the key: a line re-mounts with the stored text after a reorder.
          key={`${index}:${item}`}
          index={index}
          count={items.length}
          text={item}
          numbered={numbered}
          onCommit={(text) => replace({ index, text: item }, text)}
          onMove={(step) => move({ index, text: item }, step)}
          testId={`${testId}-item`}
          labels={{ up: t('editor.moveUp'), down: t('editor.moveDown'), remove: t('editor.remove') }}
        />
      ))}
      <Group gap={6} wrap="nowrap" mt={4}>
        <TextInput
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              void add()
            }
          }}
          placeholder={addPlaceholder}
          style={{ flex: 1 }}
          data-testid={`${testId}-new`}
        />
        <Tooltip label={t('editor.add')}>
          <ActionIcon
            variant="default"
            size={30}
            onClick={() => void add()}
            disabled={draft.trim() === ''}
            aria-label={t('editor.add')}
            data-testid={`${testId}-add`}
          >
            <IconPlus size={14} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Stack>
  )
}

function ListLine({
  index,
  count,
  text,
  numbered,
  onCommit,
  onMove,
  testId,
  labels,
}: {
  index: number
  count: number
  text: string
  numbered: boolean
  onCommit: (text: string) => Promise<unknown>
  onMove: (step: -1 | 1) => void
  testId: string
  labels: { up: string; down: string; remove: string }
}) {
  const [value, setValue] = useState(text)
  const commit = () => {
    if (value !== text) void onCommit(value)
  }
  return (
    <Group gap={6} wrap="nowrap" className="list-line" data-testid={testId}>
      <Text size="sm" c="dimmed" w={18} ta="right" className="tabular" style={{ flexShrink: 0 }}>
        {numbered ? `${index + 1}.` : '•'}
      </Text>
      <TextInput
        variant="unstyled"
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            event.currentTarget.blur()
          }
        }}
        size="sm"
        style={{ flex: 1 }}
        styles={{ input: { height: 28, minHeight: 28 } }}
        data-testid={`${testId}-text`}
      />
      <Group gap={2} wrap="nowrap" className="list-line-actions">
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          disabled={index === 0}
          onClick={() => onMove(-1)}
          aria-label={labels.up}
        >
          <IconArrowUp size={13} />
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
          aria-label={labels.down}
        >
          <IconArrowDown size={13} />
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          onClick={() => void onCommit('')}
          aria-label={labels.remove}
          data-testid={`${testId}-remove`}
        >
          <IconTrash size={13} />
        </ActionIcon>
      </Group>
    </Group>
  )
}
