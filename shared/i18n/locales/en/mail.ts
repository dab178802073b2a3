/** Client mails of the weekly rhythm (seed 002): the Monday plan and the Friday summary. */
export default {
  greeting: 'Hi {{name}},',
  greetingNoName: 'Hello,',
  signoff: 'Best regards,',
  waitingOnYou: 'waiting for your input',
  milestone: {
    'brief-approved': 'Brief approved',
    proofing: 'Proofing round',
    launch: 'Launch',
    end: 'Campaign ends',
    reporting: 'Reporting',
  },
  monday: {
    subject: 'Plan for week {{week}} – {{client}}',
    intro: 'Here is our plan for the coming week.',
    overdueHeading: 'A quick reminder of items still open:',
    overdueWaitingNote:
      'Where we are waiting for your input, a short reply would help us keep to the schedule.',
    planHeading: 'Plan for the next five working days:',
    noPlan: 'There are no fixed deadlines this week; we continue with the ongoing work.',
    closing: 'If anything in the plan needs changing, just reply to this mail.',
  },
  friday: {
    subject: 'Thanks for the week – summary ({{client}})',
    intro: 'Thank you for this week. Here is a short summary.',
    doneHeading: 'Done this week:',
    summaryHeading: 'In brief:',
    underControl: 'Everything is under control on our side.',
    underControlWaiting:
      'Everything is on track on our side. To keep it that way, we still need your input on:',
    nextWeekHeading: 'Plans for next week:',
    closing: 'Have a nice weekend!',
  },
}
