/**
 * An editable list of lines (highlights, next steps). Keyboard first: Enter adds a line below
 * and moves to it, Backspace on an empty line removes it and goes back to the one above.
 */
import { useRef } from 'react'
import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core'
import { IconPlus, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ListItem } from './commentary-draft'

/** Props of a list editor. */
export type ListEditorProps = {
  items: readonly ListItem[]
  onChange: (items: ListItem[]) => void
  newId: () => string
  placeholder: string
  addLabel: string
  testId: string
  lang?: string
}

/** The list editor. */
export function ListEditor({ items, onChange, newId, placeholder, addLabel, testId, lang }: ListEditorProps) {
  const { t } = useTranslation('results')
  const inputs = useRef(new Map<string, HTMLInputElement>())
  // The line just added takes the focus as soon as its input exists.
  const focusOnMount = useRef<string | null>(null)

  const insertAfter = (index: number) => {
    const item = { id: newId(), text: '' }
    focusOnMount.current = item.id
    onChange([...items.slice(0, index + 1), item, ...items.slice(index + 1)])
  }
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index))
    const previous = items[index - 1]
    if (previous) inputs.current.get(previous.id)?.focus()
  }

  return (
    <Stack gap={6} data-testid={testId}>
      {items.map((item, index) => (
        <Group key={item.id} gap={6} wrap="nowrap">
          <TextInput
            ref={(element) => {
              if (!element) {
                inputs.current.delete(item.id)
                return
              }
              inputs.current.set(item.id, element)
              if (focusOnMount.current === item.id) {
                focusOnMount.current = null
                element.focus()
              }
            }}
            value={item.text}
            placeholder={placeholder}
            onChange={(event) => {
              const text = event.currentTarget.value
              onChange(items.map((i) => (i.id === item.id ? { ...i, text } : i)))
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                insertAfter(index)
              }
              if (event.key === 'Backspace' && item.text === '' && items.length > 0) {
                event.preventDefault()
                remove(index)
              }
            }}
            style={{ flex: 1 }}
            lang={lang}
            data-testid={`${testId}-item`}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => remove(index)}
            aria-label={t('editor.remove')}
            tabIndex={-1}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconPlus size={12} />}
          onClick={() => insertAfter(items.length - 1)}
          data-testid={`${testId}-add`}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  )
}
