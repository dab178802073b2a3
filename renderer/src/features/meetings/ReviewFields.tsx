/**
 * What a review records beyond notes (seed 002): the client's answers; next year's plans, asked
 * at the Q3 control meeting (and at the year end); whether the client's strategy draft for the
 * next 12 months arrived (year end); and the proposals made, each accepted or not.
 */
import { useState } from 'react'
import { ActionIcon, Checkbox, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { v4 as uuid } from 'uuid'
import type { QuarterAim } from '@shared/cadence'
import type { Meeting, Proposal, Review } from '@shared/schemas'
import { meetingsRepository } from '../../../db/repositories'
import { EMPTY_REVIEW } from '../../../db/repositories/meetings'
import { AutosaveTextarea } from './AutosaveTextarea'

/** The review's fields; `aim` decides which of the year-end questions are asked. */
export function ReviewFields({ meeting, aim }: { meeting: Meeting; aim: QuarterAim | null }) {
  const { t } = useTranslation('meetings')
  const review = meeting.review ?? EMPTY_REVIEW
  const save = (patch: Partial<Review>) => meetingsRepository.updateReview(meeting.id, patch)
  const asksPlans = aim === 'q3-control-next-year' || aim === 'q4-year-to-year' || review.nextYearPlans !== ''
  const asksStrategy = aim === 'q4-year-to-year' || review.strategyDraftReceived

  return (
    <Stack gap="md" data-testid="review-fields">
      <AutosaveTextarea
        key={`${meeting.id}-answers`}
        label={t('review.clientAnswers')}
        placeholder={t('review.clientAnswersHint')}
        value={review.clientAnswers}
        onSave={(text) => save({ clientAnswers: text })}
        minRows={3}
        testId="review-client-answers"
      />
      {asksPlans ? (
        <AutosaveTextarea
          key={`${meeting.id}-plans`}
          label={t('review.nextYearPlans')}
          placeholder={t('review.nextYearPlansHint')}
          value={review.nextYearPlans}
          onSave={(text) => save({ nextYearPlans: text })}
          minRows={3}
          testId="review-next-year-plans"
        />
      ) : null}
      {asksStrategy ? (
        <Checkbox
          label={t('review.strategyDraft')}
          description={t('review.strategyDraftHint')}
          checked={review.strategyDraftReceived}
          onChange={(event) => void save({ strategyDraftReceived: event.currentTarget.checked })}
          data-testid="review-strategy-draft"
        />
      ) : null}
      <Proposals
        proposals={review.proposals}
        onChange={(change) =>
          meetingsRepository.updateReview(meeting.id, (stored) => ({ proposals: change(stored.proposals) }))
        }
      />
    </Stack>
  )
}

function Proposals({
  proposals,
  onChange,
}: {
  proposals: readonly Proposal[]
  /** Changes the stored list: edits apply to what is stored, not to what this render saw. */
  onChange: (change: (stored: readonly Proposal[]) => Proposal[]) => Promise<unknown>
}) {
  const { t } = useTranslation('meetings')
  const [draft, setDraft] = useState('')
  const accepted = proposals.filter((proposal) => proposal.accepted).length
  const add = async () => {
    const text = draft.trim()
    if (text === '') return
    // Cleared at once, so the next proposal can be typed while this one is written.
    setDraft('')
    try {
      await onChange((stored) => [...stored, { id: uuid(), text, accepted: false }])
    } catch {
      // Not written: the text goes back into the field (unless a new one is being typed there).
      setDraft((typing) => (typing === '' ? text : typing))
    }
  }
  const patch = (id: string, change: Partial<Proposal>) =>
    onChange((stored) =>
      stored.map((proposal) => (proposal.id === id ? { ...proposal, ...change } : proposal)),
    )

  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          {t('review.proposals')}
        </Text>
        {proposals.length ? (
          <Text size="xs" c="dimmed" data-testid="proposals-accepted">
            {t('review.acceptedCount', { count: accepted, total: proposals.length })}
          </Text>
        ) : null}
      </Group>
      <Stack gap={2} data-testid="proposals">
        {proposals.length === 0 ? (
          <Text size="sm" c="dimmed" py={4}>
            {t('review.noProposals')}
          </Text>
        ) : null}
        {proposals.map((proposal) => (
          <ProposalLine
            key={`${proposal.id}:${proposal.text}`}
            proposal={proposal}
            onText={(text) => (text.trim() ? patch(proposal.id, { text: text.trim() }) : remove(proposal.id))}
            onAccepted={(value) => void patch(proposal.id, { accepted: value })}
            onRemove={() => void remove(proposal.id)}
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
            placeholder={t('review.proposalPlaceholder')}
            style={{ flex: 1 }}
            data-testid="proposal-new"
          />
          <Tooltip label={t('review.addProposal')}>
            <ActionIcon
              variant="default"
              size={30}
              onClick={() => void add()}
              disabled={draft.trim() === ''}
              aria-label={t('review.addProposal')}
              data-testid="proposal-add"
            >
              <IconPlus size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Stack>
    </div>
  )

  function remove(id: string) {
    return onChange((stored) => stored.filter((proposal) => proposal.id !== id))
  }
}

function ProposalLine({
  proposal,
  onText,
  onAccepted,
  onRemove,
}: {
  proposal: Proposal
  onText: (text: string) => Promise<unknown>
  onAccepted: (accepted: boolean) => void
  onRemove: () => void
}) {
  const { t } = useTranslation('meetings')
  const [text, setText] = useState(proposal.text)
  return (
    <Group gap={8} wrap="nowrap" className="list-line" data-testid="proposal">
      <TextInput
        variant="unstyled"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={() => {
          if (text !== proposal.text) void onText(text)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            event.currentTarget.blur()
          }
        }}
        size="sm"
        style={{ flex: 1 }}
        styles={{ input: { height: 28, minHeight: 28 } }}
        data-testid="proposal-text"
      />
      <Checkbox
        label={t('review.accepted')}
        checked={proposal.accepted}
        onChange={(event) => onAccepted(event.currentTarget.checked)}
        size="xs"
        color="teal"
        data-testid="proposal-accepted"
      />
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        className="list-line-actions"
        onClick={onRemove}
        aria-label={t('review.removeProposal')}
      >
        <IconTrash size={13} />
      </ActionIcon>
    </Group>
  )
}
