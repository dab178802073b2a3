/** A client's initial on its brand colour: recognisable at a glance in dense lists. */
import { Avatar } from '@mantine/core'
import type { Client } from '@shared/schemas'

/** The client's logo, or its initials on its brand colour. */
export function ClientMark({ client, size = 22 }: { client: Client; size?: number }) {
  if (client.branding.logoDataUrl) return <Avatar src={client.branding.logoDataUrl} size={size} radius={4} />
  const initials = client.name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase()
  return (
    <Avatar
      size={size}
      radius={4}
      color={client.branding.primaryColor}
      variant="filled"
      styles={{ placeholder: { fontSize: size * 0.42 } }}
    >
      {initials}
    </Avatar>
  )
}
