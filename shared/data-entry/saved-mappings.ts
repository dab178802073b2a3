/** Column mappings a client keeps per import source, so next month's file maps itself. */
import type { Client } from '../schemas/client'
import type { ImportMapping } from '../imports/mapping'

/** The mapping last saved for a source on a client, if any. */
export function savedMappingFor(
  client: Pick<Client, 'importMappings'>,
  source: string,
): ImportMapping | null {
  // Records written before import mappings existed may lack the field until upgraded.
  const saved = (client.importMappings as Client['importMappings'] | undefined) ?? []
  return saved.find((entry) => entry.source === source)?.mapping ?? null
}
