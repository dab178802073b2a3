/**
 * The lean-loop board: one column per stage (idea → learned), campaigns as cards. Cards move by
 * drag and drop, by Alt+←/→ on a focused card, or through their "Move to…" menu; every move goes
 * through the repository's brief gate, and a refusal leaves the card where it was.
 */
import { Children, useState, type KeyboardEvent } from 'react'
import { ActionIcon, Badge, Box, Group, Menu, Paper, Stack, Text, Tooltip } from '@mantine/core'
import { IconDots, IconLock } from '@tabler/icons-react'
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { isGatedStage, unansweredQuestions } from '@shared/brief-gate'
import { formatDate } from '@shared/format'
import { LEAN_STAGES, type LeanStage } from '@shared/schemas'
import type { CampaignWithBrief } from '../../../db/repositories/campaigns'
import { StageBadge } from '../../components/badges'
import { VirtualStack } from '../../components/VirtualStack'
import { useLanguage } from '../../lib/useLanguage'
import { RefusalAlert } from './RefusalAlert'
import { useStageMove } from './useStageMove'
import { BriefStatusBadge } from './BriefStatusBadge'

type Props = {
  rows: CampaignWithBrief[]
  /** Client names by id: shown on cards of the board across clients. */
  clientNames?: Map<string, string>
  testId?: string
  /** Buttons shown at the board's top right. */
  actions?: React.ReactNode
}

/** Columns with more cards than this scroll on their own, windowed. */
const BOARD_VIRTUAL_THRESHOLD = 40
/** A card's usual height in px. */
const CARD_HEIGHT = 84

/** The board. */
export function LeanBoard({ rows, clientNames, testId = 'lean-board', actions }: Props) {
  const { t } = useTranslation('campaigns')
  const { move, refusal, dismiss } = useStageMove()
  const [dragging, setDragging] = useState<CampaignWithBrief | null>(null)
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }))
  const byStage = new Map<LeanStage, CampaignWithBrief[]>(LEAN_STAGES.map((stage) => [stage, []]))
  for (const row of rows) byStage.get(row.campaign.stage)?.push(row)
  // Upcoming work soonest first; the learned column newest first, as history reads.
  for (const [stage, list] of byStage)
    list.sort(
      (a, b) =>
        (stage === 'learned' ? -1 : 1) *
          (a.campaign.startDate ?? '9999').localeCompare(b.campaign.startDate ?? '9999') ||
        a.campaign.name.localeCompare(b.campaign.name),
    )

  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null)
    const row = rows.find((candidate) => candidate.campaign.id === event.active.id)
    const stage = event.over?.id as LeanStage | undefined
    if (row && stage && stage !== row.campaign.stage) void move(row.campaign, stage)
  }

  return (
    <Stack gap="xs" data-testid={testId}>
      <Group justify="space-between" gap="xs" mih={30}>
        <Text size="xs" c="dimmed">
          {t('board.keyboardHint')}
        </Text>
        {actions}
      </Group>
      <RefusalAlert refusal={refusal} onClose={dismiss} />
      <DndContext
        sensors={sensors}
        collisionDetection={pointerWithin}
        onDragStart={(event) => setDragging(rows.find((row) => row.campaign.id === event.active.id) ?? null)}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
      >
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: `repeat(${LEAN_STAGES.length}, minmax(176px, 1fr))`,
            gap: 8,
            alignItems: 'start',
            overflowX: 'auto',
          }}
        >
          {LEAN_STAGES.map((stage) => (
            <Column key={stage} stage={stage} count={byStage.get(stage)?.length ?? 0}>
              {(byStage.get(stage) ?? []).map((row) => (
                <CampaignCard
                  key={row.campaign.id}
                  row={row}
                  clientName={clientNames?.get(row.campaign.clientId)}
                  onMove={(target) => void move(row.campaign, target)}
                  hidden={dragging?.campaign.id === row.campaign.id}
                />
              ))}
            </Column>
          ))}
        </Box>
        <DragOverlay dropAnimation={null}>
          {dragging ? (
            <CardBody row={dragging} clientName={clientNames?.get(dragging.campaign.clientId)} lifted />
          ) : null}
        </DragOverlay>
      </DndContext>
    </Stack>
  )
}

function Column({ stage, count, children }: { stage: LeanStage; count: number; children: React.ReactNode }) {
  const { t } = useTranslation('campaigns')
  const { t: tApp } = useTranslation()
  const { setNodeRef, isOver } = useDroppable({ id: stage })
  return (
    <Box
      ref={setNodeRef}
      data-testid={`board-column-${stage}`}
      role="group"
      aria-label={tApp(`stages.${stage}`)}
      style={{
        borderRadius: 8,
        padding: 6,
        minHeight: 160,
        background: isOver ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-default-hover)',
        outline: isOver ? '2px solid var(--mantine-primary-color-filled)' : 'none',
      }}
    >
      <Group justify="space-between" px={4} pb={6} gap={4} wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <StageBadge stage={stage} />
          {isGatedStage(stage) ? (
            <Tooltip label={t('board.gated')} withArrow>
              <IconLock size={12} color="var(--mantine-color-dimmed)" aria-label={t('board.gated')} />
            </Tooltip>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" className="tabular" data-testid={`board-count-${stage}`}>
          {count}
        </Text>
      </Group>
      {Children.count(children) > BOARD_VIRTUAL_THRESHOLD ? (
        // A long column (years of learned campaigns) scrolls on its own, rendering the cards in view.
        <VirtualStack
          items={Children.toArray(children)}
          estimate={CARD_HEIGHT}
          gap={6}
          maxHeight="70vh"
          testId={`board-column-${stage}-cards`}
        />
      ) : (
        <Stack gap={6}>
          {children}
          {count === 0 ? (
            <Text size="xs" c="dimmed" ta="center" py="md">
              {t('board.emptyColumn')}
            </Text>
          ) : null}
        </Stack>
      )}
    </Box>
  )
}

function CampaignCard({
  row,
  clientName,
  onMove,
  hidden,
}: {
  row: CampaignWithBrief
  clientName: string | undefined
  onMove: (stage: LeanStage) => void
  hidden: boolean
}) {
  const { t } = useTranslation('campaigns')
  const { t: tApp } = useTranslation()
  const navigate = useNavigate()
  const { campaign } = row
  const { setNodeRef, listeners, attributes } = useDraggable({ id: campaign.id })
  const index = LEAN_STAGES.indexOf(campaign.stage)
  const open = () => void navigate(`/campaigns/${campaign.id}`)

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return
    if (event.key === 'Enter') {
      event.preventDefault()
      open()
      return
    }
    if (!(event.altKey || event.shiftKey)) return
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    const target = LEAN_STAGES[index + step]
    if (step === 0 || !target) return
    event.preventDefault()
    onMove(target)
  }

  return (
    <Box
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      role="button"
      tabIndex={0}
      aria-roledescription={undefined}
      aria-label={t('board.cardLabel', { name: campaign.name, stage: tApp(`stages.${campaign.stage}`) })}
      onKeyDown={onKeyDown}
      onClick={open}
      data-testid="campaign-card"
      data-campaign-id={campaign.id}
      data-stage={campaign.stage}
      className="lean-card"
      style={{ opacity: hidden ? 0.35 : 1, borderRadius: 6, outlineOffset: 2, cursor: 'grab' }}
    >
      <CardBody
        row={row}
        clientName={clientName}
        menu={
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('board.cardActions', { name: campaign.name })}
                data-testid="campaign-card-menu"
                onClick={(event) => event.stopPropagation()}
                onPointerDown={(event) => event.stopPropagation()}
                onKeyDown={(event) => event.stopPropagation()}
              >
                <IconDots size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown
              onClick={(event) => event.stopPropagation()}
              onPointerDown={(event) => event.stopPropagation()}
            >
              <Menu.Label>{t('board.moveTo')}</Menu.Label>
              {LEAN_STAGES.map((stage) => (
                <Menu.Item
                  key={stage}
                  disabled={stage === campaign.stage}
                  leftSection={isGatedStage(stage) ? <IconLock size={12} /> : <Box w={12} />}
                  onClick={() => onMove(stage)}
                  data-testid={`move-to-${stage}`}
                >
                  {tApp(`stages.${stage}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        }
      />
    </Box>
  )
}

function CardBody({
  row,
  clientName,
  menu,
  lifted = false,
}: {
  row: CampaignWithBrief
  clientName: string | undefined
  menu?: React.ReactNode
  lifted?: boolean
}) {
  const { t } = useTranslation('campaigns')
  const language = useLanguage()
  const { campaign, brief } = row
  const open = brief ? unansweredQuestions(brief).length : 0
  const dates =
    campaign.startDate || campaign.endDate
      ? [campaign.startDate, campaign.endDate]
          .map((date) => (date ? formatDate(date, language) : '…'))
          .join(' – ')
      : t('board.noDates')
  return (
    <Paper
      withBorder
      radius="md"
      px="xs"
      py={8}
      shadow={lifted ? 'md' : undefined}
      style={{ cursor: 'inherit' }}
    >
      <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
        <Box style={{ minWidth: 0 }}>
          {clientName ? (
            <Text size="xs" c="dimmed" truncate data-testid="campaign-card-client">
              {clientName}
            </Text>
          ) : null}
          <Text size="sm" fw={500} lh={1.3} data-testid="campaign-card-name">
            {campaign.name}
          </Text>
        </Box>
        {menu}
      </Group>
      <Text size="xs" c="dimmed" mt={4} className="tabular">
        {dates}
      </Text>
      <Group gap={4} mt={6}>
        <BriefStatusBadge status={brief?.status ?? null} />
        {open > 0 ? (
          <Badge size="xs" color="orange" variant="outline" data-testid="campaign-card-open-questions">
            {t('board.openQuestions', { count: open })}
          </Badge>
        ) : null}
      </Group>
    </Paper>
  )
}
