/** Edits a client's contacts: who the agency talks to, and which one is primary. */
import { ActionIcon, Button, Group, Radio, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { v4 as uuid } from 'uuid'
import type { Contact } from '@shared/schemas'
import type { FieldErrors } from '../lib/field-errors'

/** The contact rows with add, remove and primary choice. */
export function ContactsEditor({
  contacts,
  onChange,
  errors,
}: {
  contacts: Contact[]
  onChange: (contacts: Contact[]) => void
  errors: FieldErrors
}) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<Contact>) =>
    onChange(contacts.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)))
  const add = () =>
    onChange([
      ...contacts,
      { id: uuid(), name: '', role: '', email: '', phone: '', primary: contacts.length === 0 },
    ])
  const remove = (index: number) => {
    const next = contacts.filter((_, i) => i !== index)
    // Keep exactly one primary contact while there are any.
    if (next.length && !next.some((contact) => contact.primary)) next[0] = { ...next[0]!, primary: true }
    onChange(next)
  }
  const error = (index: number, field: keyof Contact) => errors[`contacts.${index}.${field}`]

  return (
    <Stack gap={6} data-testid="contacts-editor">
      <Group justify="space-between">
        <Text size="xs" fw={500}>
          {t('clientForm.contacts')}
        </Text>
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconPlus size={12} />}
          onClick={add}
          data-testid="add-contact"
        >
          {t('clientForm.addContact')}
        </Button>
      </Group>
      {contacts.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('client.noContacts')}
        </Text>
      ) : (
        <Radio.Group
          value={contacts.find((contact) => contact.primary)?.id ?? null}
          onChange={(id) => onChange(contacts.map((contact) => ({ ...contact, primary: contact.id === id })))}
        >
          <Stack gap={6}>
            {contacts.map((contact, index) => (
              <Group key={contact.id} gap={6} wrap="nowrap" align="flex-start" data-testid="contact-row">
                <Tooltip label={t('client.primaryContact')}>
                  <Radio value={contact.id} mt={6} aria-label={t('client.primaryContact')} />
                </Tooltip>
                <TextInput
                  placeholder={t('clientForm.contactName')}
                  value={contact.name}
                  onChange={(event) => update(index, { name: event.currentTarget.value })}
                  error={error(index, 'name')}
                  style={{ flex: 1.2 }}
                  data-testid="contact-name"
                />
                <TextInput
                  placeholder={t('clientForm.contactRole')}
                  value={contact.role}
                  onChange={(event) => update(index, { role: event.currentTarget.value })}
                  style={{ flex: 1 }}
                />
                <TextInput
                  placeholder={t('clientForm.contactEmail')}
                  value={contact.email}
                  onChange={(event) => update(index, { email: event.currentTarget.value })}
                  error={error(index, 'email')}
                  style={{ flex: 1.4 }}
                  data-testid="contact-email"
                />
                <TextInput
                  placeholder={t('clientForm.contactPhone')}
                  value={contact.phone}
                  onChange={(event) => update(index, { phone: event.currentTarget.value })}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={3}
                  onClick={() => remove(index)}
                  aria-label={t('clientForm.removeContact')}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  )
}
