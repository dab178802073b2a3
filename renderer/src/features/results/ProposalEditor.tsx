/**
 * The annual report's proposal for next year: items with their months, previewed as the
 * timeline the report draws (geometry from shared/charts), and creative example images
 * re-encoded on upload.
 */
import { useRef, useState } from 'react'
import {
  ActionIcon,
  Button,
  Group,
  Image,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { IconPhotoPlus, IconPlus, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { timelineGeometry, type ChartBox } from '@shared/charts'
import { formatMonth, INTL_LOCALE } from '@shared/format'
import type { ImageRejection } from '@shared/images'
import { addMonths, monthRange } from '@shared/results/months'
import type { Language, ProposalItem } from '@shared/schemas'
import { readImageUpload } from '../../lib/images'
import { newProposalItem } from './commentary-draft'
import { cachedDateTimeFormat } from '@shared/intl'

/** At most this many creative examples per annual commentary. */
export const MAX_CREATIVES = 12

type Proposal = { items: ProposalItem[]; creativeImages: string[] }

/** Props of the proposal editor. */
export type ProposalEditorProps = {
  proposal: Proposal
  onChange: (proposal: Proposal) => void
  newId: () => string
  /** The first month of next year. */
  start: string
  errors: Record<string, string>
  language: Language
  lang?: string
}

/** The proposal items and their timeline. */
export function ProposalEditor({
  proposal,
  onChange,
  newId,
  start,
  errors,
  language,
  lang,
}: ProposalEditorProps) {
  const { t } = useTranslation('results')
  const months = monthRange(addMonths(start, -12), addMonths(start, 23)).map((value) => ({
    value,
    label: formatMonth(value, language),
  }))
  const update = (id: string, patch: Partial<ProposalItem>) =>
    onChange({
      ...proposal,
      items: proposal.items.map((item) => (item.id === id ? { ...item, ...patch } : item)),
    })
  return (
    <Stack gap="sm" data-testid="proposal-editor">
      {proposal.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('editor.noProposalItems')}
        </Text>
      ) : null}
      {proposal.items.map((item, index) => (
        <Paper key={item.id} withBorder radius="sm" p="sm" data-testid="proposal-item">
          <Stack gap={8}>
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <TextInput
                label={t('editor.itemTitle')}
                value={item.title}
                onChange={(event) => update(item.id, { title: event.currentTarget.value })}
                error={errors[`proposal.items.${index}.title`]}
                // A new item (last, untitled) is added to be named right away.
                autoFocus={item.title === '' && index === proposal.items.length - 1}
                style={{ flex: 1 }}
                lang={lang}
                data-testid="proposal-title"
              />
              <Select
                label={t('editor.startMonth')}
                data={months}
                value={item.startMonth}
                onChange={(value) => value && update(item.id, { startMonth: value })}
                allowDeselect={false}
                w={120}
                data-testid="proposal-start"
              />
              <Select
                label={t('editor.endMonth')}
                data={months}
                value={item.endMonth}
                onChange={(value) => value && update(item.id, { endMonth: value })}
                allowDeselect={false}
                error={errors[`proposal.items.${index}.endMonth`]}
                w={120}
                data-testid="proposal-end"
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={24}
                onClick={() =>
                  onChange({ ...proposal, items: proposal.items.filter((i) => i.id !== item.id) })
                }
                aria-label={t('editor.remove')}
              >
                <IconX size={14} />
              </ActionIcon>
            </Group>
            <Textarea
              label={t('editor.itemDescription')}
              value={item.description}
              onChange={(event) => update(item.id, { description: event.currentTarget.value })}
              autosize
              minRows={1}
              lang={lang}
            />
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconPlus size={12} />}
          onClick={() =>
            onChange({ ...proposal, items: [...proposal.items, newProposalItem(newId(), start)] })
          }
          data-testid="proposal-add"
        >
          {t('editor.addProposalItem')}
        </Button>
      </Group>
      {proposal.items.length > 0 ? (
        <Stack gap={4}>
          <Text size="xs" fw={600} c="dimmed">
            {t('editor.timeline')}
          </Text>
          <Timeline items={proposal.items} start={start} language={language} />
        </Stack>
      ) : null}
    </Stack>
  )
}

const ROW = 22
const LABEL_WIDTH = 150

function Timeline({
  items,
  start,
  language,
}: {
  items: readonly ProposalItem[]
  start: string
  language: Language
}) {
  const box: ChartBox = {
    width: 640,
    height: items.length * ROW + 20,
    margin: { top: 18, right: 4, bottom: 2, left: LABEL_WIDTH },
  }
  const geometry = timelineGeometry({ items, box, from: start })
  const monthLetter = (month: string) =>
    cachedDateTimeFormat(INTL_LOCALE[language], { month: 'narrow', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    )
  return (
    <svg
      viewBox={`0 0 ${box.width} ${box.height}`}
      width="100%"
      role="img"
      data-testid="proposal-timeline"
      style={{ display: 'block', fontSize: 10 }}
    >
      {geometry.months.map((m, i) => (
        <g key={m.month}>
          <rect
            x={m.x}
            y={geometry.plot.top}
            width={m.width}
            height={geometry.plot.bottom - geometry.plot.top}
            fill={i % 2 === 0 ? 'var(--mantine-color-default-hover)' : 'transparent'}
          />
          <text x={m.x + m.width / 2} y={12} textAnchor="middle" fill="var(--mantine-color-dimmed)">
            {m.month.endsWith('-01') ? m.month.slice(0, 4) : monthLetter(m.month)}
          </text>
        </g>
      ))}
      {geometry.bars.map((bar, index) => (
        <g key={bar.id}>
          <text x={0} y={bar.y + bar.height / 2} dy="0.32em" fill="var(--mantine-color-text)">
            {truncate(items[index]?.title ?? '', 26)}
          </text>
          {bar.rect ? (
            <rect
              x={bar.rect.x + 1}
              y={bar.y + 4}
              width={Math.max(2, bar.rect.width - 2)}
              height={bar.height - 8}
              rx={3}
              fill="var(--mantine-color-indigo-5)"
            />
          ) : null}
        </g>
      ))}
    </svg>
  )
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/** The creative example images: thumbnails, add (re-encoded) and remove. */
export function CreativeImages({
  images,
  onChange,
}: {
  images: readonly string[]
  onChange: (images: string[]) => void
}) {
  const { t } = useTranslation('results')
  const input = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<ImageRejection | null>(null)
  const add = async (files: readonly File[]) => {
    const added: string[] = []
    for (const file of files) {
      const result = await readImageUpload(file)
      if (!result.ok) {
        setError(result.reason)
        continue
      }
      added.push(result.dataUrl)
    }
    if (added.length > 0) {
      setError(null)
      onChange([...images, ...added].slice(0, MAX_CREATIVES))
    }
  }
  return (
    <Stack gap="sm" data-testid="creative-images">
      {images.length > 0 ? (
        <SimpleGrid cols={4} spacing="sm">
          {images.map((src, index) => (
            <Paper key={index} withBorder radius="sm" p={4} pos="relative" data-testid="creative-image">
              <Image
                src={src}
                alt={t('editor.creativeAlt', { number: index + 1 })}
                radius="xs"
                h={96}
                fit="contain"
              />
              <ActionIcon
                variant="default"
                size="sm"
                pos="absolute"
                top={6}
                right={6}
                onClick={() => onChange(images.filter((_, i) => i !== index))}
                aria-label={t('editor.removeCreative')}
              >
                <IconX size={12} />
              </ActionIcon>
            </Paper>
          ))}
        </SimpleGrid>
      ) : null}
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconPhotoPlus size={14} />}
          onClick={() => input.current?.click()}
          disabled={images.length >= MAX_CREATIVES}
          data-testid="creative-add"
        >
          {t('editor.addCreative')}
        </Button>
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          multiple
          hidden
          onChange={(event) => {
            // Copied first: clearing the input (so the same file can be picked again) empties its list.
            const files = Array.from(event.currentTarget.files ?? [])
            event.currentTarget.value = ''
            void add(files)
          }}
          data-testid="creative-input"
        />
        {error ? (
          <Text size="xs" c="red.7" data-testid="creative-error">
            {t(`editor.imageErrors.${error}`)}
          </Text>
        ) : null}
      </Group>
    </Stack>
  )
}
