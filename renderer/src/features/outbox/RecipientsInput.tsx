/**
 * The mail's recipients: the client's contacts to pick from, and any other address typed in.
 * Whatever is typed that is not an address stays in the field with a message naming it, so the
 * PM can correct it instead of typing it again.
 */
import { useState } from 'react'
import { Group, TagsInput, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { addRecipients, contactAddresses, parseRecipients } from '@shared/mails/outbox'
import type { Contact } from '@shared/schemas'

/** Props of the recipients field. */
export type RecipientsInputProps = {
  value: string[]
  onChange: (value: string[]) => void
  contacts: readonly Contact[]
  clientName: string
}

/** A multi-select of addresses that accepts new ones only when they are e-mail addresses. */
export function RecipientsInput({ value, onChange, contacts, clientName }: RecipientsInputProps) {
  const { t } = useTranslation('outbox')
  const [search, setSearch] = useState('')
  const [error, setError] = useState<string | null>(null)
  const known = contactAddresses(contacts)
  const names = new Map(known.map((address) => [address.email.toLowerCase(), address.name]))

  const accept = (next: string[]) => {
    const added = next.filter((address) => !value.includes(address))
    const kept = next.filter((address) => value.includes(address))
    const { valid, invalid } = parseRecipients(added.join(','))
    onChange(addRecipients(kept, valid))
    if (invalid.length > 0) {
      // Mantine clears the search before it reports the new tag; put the rejected text back.
      setSearch(invalid.join(', '))
      setError(t('invalidAddress', { addresses: invalid.join(', ') }))
    } else setError(null)
  }

  return (
    <TagsInput
      label={t('fields.to')}
      value={value}
      onChange={accept}
      searchValue={search}
      onSearchChange={(next) => {
        setSearch(next)
        if (error && next !== search) setError(null)
      }}
      data={known.map((address) => address.email)}
      renderOption={({ option }) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{names.get(option.value.toLowerCase())}</Text>
          <Text size="xs" c="dimmed">
            {option.value}
          </Text>
        </Group>
      )}
      splitChars={[',', ';']}
      clearable={false}
      placeholder={value.length === 0 ? t('toPlaceholder') : undefined}
      description={known.length === 0 ? t('noContactEmail', { client: clientName }) : undefined}
      error={error}
      data-testid="mail-to"
    />
  )
}
