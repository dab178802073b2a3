/**
 * The team's internal words, in English (the working language of a Finnish agency with staff
 * in Poland and Bulgaria): tasks, lean-loop tests, weekly-card sections and notes. Anything
 * the client reads lives in the *-copy.ts modules with all four client languages.
 */
import type { Channel, TeamRole } from '../schemas'

/** A lean-loop test the team runs, with the result and learning it typically ends with. */
export type TestCopy = {
  hypothesis: string
  metric: string
  channels: readonly Channel[]
  running: string
  result: string
  learning: string
}

/** Tests the team runs; `channels` lists where each makes sense (empty: anywhere). */
export const TESTS: readonly TestCopy[] = [
  {
    hypothesis: 'Short video creatives get a higher CTR than static images',
    metric: 'CTR',
    channels: ['meta', 'tiktok', 'linkedin'],
    running: 'Two weeks in: video CTR 1.4 % vs static 1.1 %, not significant yet.',
    result: 'Video CTR 1.6 % vs static 1.1 % (+45 %) over four weeks.',
    learning: 'Make a 15-second video the default prospecting format.',
  },
  {
    hypothesis: 'Showing the price in the headline raises the conversion rate of search ads',
    metric: 'Conversion rate',
    channels: ['google-ads', 'microsoft-ads'],
    running: 'Conversion rate 4.6 % vs 4.2 % so far; CTR slightly lower with prices.',
    result: 'Conversion rate 4.8 % vs 4.1 %; CTR 6 % lower.',
    learning: 'Keep prices in headlines for bestsellers: fewer but better clicks.',
  },
  {
    hypothesis: 'A three-field lead form converts better than the six-field form',
    metric: 'Cost per lead',
    channels: ['linkedin', 'meta'],
    running: 'Cost per lead down 20 % in the first 10 days; checking lead quality with sales.',
    result: 'Cost per lead −28 %; sales rates lead quality unchanged.',
    learning: 'Use short forms and ask the rest in the follow-up call.',
  },
  {
    hypothesis: 'Broad match with smart bidding lowers the cost per conversion',
    metric: 'Cost per conversion',
    channels: ['google-ads'],
    running: 'Learning period over; CPA −6 % so far, many irrelevant search terms to exclude.',
    result: 'CPA −12 % after four weeks, with weekly negative-keyword reviews.',
    learning: 'Use broad match only together with a weekly search-term review.',
  },
  {
    hypothesis: 'Tuesday-morning newsletters get more clicks than Thursday-afternoon ones',
    metric: 'Click rate',
    channels: ['email'],
    running: 'Two sends each; click rates 2.5 % vs 2.3 %.',
    result: 'No significant difference (2.4 % vs 2.3 %).',
    learning: 'Send time does not matter for this list; test subject lines next.',
  },
  {
    hypothesis: 'Creator-style (UGC) videos beat polished studio creatives',
    metric: 'Cost per click',
    channels: ['tiktok', 'meta'],
    running: 'CPC −25 % for UGC style in the first week.',
    result: 'CPC −35 % and 2× watch time with UGC style.',
    learning: 'Brief creators for UGC-style content every month.',
  },
  {
    hypothesis: 'A free-delivery threshold message raises the average order value',
    metric: 'Average order value',
    channels: ['google-ads', 'meta', 'email'],
    running: 'AOV +5 % in the test group so far.',
    result: 'AOV +9 % with the threshold message, conversion rate unchanged.',
    learning: 'Show the threshold in all shopping ads and on the cart page.',
  },
  {
    hypothesis: 'Customer testimonials on the landing page raise lead conversion',
    metric: 'Landing page conversion rate',
    channels: [],
    running: '6.0 % vs 5.3 % conversion rate after 900 visits.',
    result: 'Conversion rate 6.1 % vs 5.2 % (+17 %).',
    learning: 'Add a testimonial block to every landing page template.',
  },
  {
    hypothesis: 'Lookalike audiences of buyers outperform interest targeting',
    metric: 'ROAS',
    channels: ['meta', 'tiktok'],
    running: 'ROAS 3.8 vs 3.2 so far.',
    result: 'ROAS 4.2 vs 3.1 over the month.',
    learning: 'Move prospecting budget to buyer lookalikes; refresh the seed list monthly.',
  },
  {
    hypothesis: 'Long-form guides rank faster than short category texts',
    metric: 'Organic clicks',
    channels: ['seo'],
    running: 'Guides indexed; first positions 15–25 after three weeks.',
    result: 'Guides reached the top 5 for 7 of 12 keywords; organic clicks +22 %.',
    learning: 'Plan one long guide per main category each quarter.',
  },
]

/** A task template; `{campaign}`, `{channel}`, `{client}`, `{month}` and `{n}` are filled in. */
export type TaskCopy = {
  title: string
  description: string
  businessLogic: string
  role: TeamRole
  hours: number
}

/** The production chain of a campaign, in order: each step depends on the one before. */
export const PRODUCTION_CHAIN: readonly TaskCopy[] = [
  {
    title: 'Copy for {campaign}',
    description:
      'Write headlines, body texts and calls to action for {channel}; three variants of each for testing.',
    businessLogic: 'Clear copy variants let us test from launch day and keep the best cost per conversion.',
    role: 'content-producer',
    hours: 6,
  },
  {
    title: 'Creatives for {campaign}',
    description: 'Design the image and video formats for {channel} following the brand guidelines.',
    businessLogic: 'Fresh creatives keep frequency fatigue down and click-through rates up.',
    role: 'graphic-designer',
    hours: 10,
  },
  {
    title: 'Proofing round with {client}: {campaign}',
    description:
      'Send the creatives for approval, collect all feedback in one round and confirm the changes.',
    businessLogic: 'One structured proofing round keeps the launch date agreed in the schedule.',
    role: 'account-manager',
    hours: 2,
  },
  {
    title: 'Set up {campaign} in {channel}',
    description:
      'Build campaigns, audiences, budgets and tracking parameters; QA the whole set-up before launch.',
    businessLogic:
      'A correct set-up and working tracking make the results measurable and the report trustworthy.',
    role: 'ads-specialist',
    hours: 5,
  },
]

/** Work that recurs every month or week for a client. */
export const RECURRING_TASKS: Record<
  'report' | 'schedule' | 'optimisation' | 'refresh' | 'landing' | 'newsletter' | 'keywords' | 'competitors',
  TaskCopy
> = {
  report: {
    title: 'Monthly report {month}: {client}',
    description:
      'Verify every number against the ad platforms first, then write the commentary: main figures, increases, decreases with cause and fix.',
    businessLogic: 'The report shows the client what the money achieved and keeps the cooperation going.',
    role: 'analyst',
    hours: 3,
  },
  schedule: {
    title: 'Publishing schedule {month}: {client}',
    description: 'Plan posts, newsletters and ads for the month and send the schedule for approval.',
    businessLogic: 'An approved schedule lets production run without last-minute rushes.',
    role: 'content-producer',
    hours: 4,
  },
  optimisation: {
    title: 'Weekly optimisation: {channel}',
    description:
      'Check search terms, bids, audiences and creatives; pause the weakest ads and move budget to the best.',
    businessLogic: 'Weekly optimisation keeps the cost per conversion within the target.',
    role: 'ads-specialist',
    hours: 2,
  },
  refresh: {
    title: 'Creative refresh: {channel}',
    description: 'Make four new variants to replace the ads whose CTR has fallen for three weeks.',
    businessLogic: 'Ad fatigue raises costs; fresh variants restore the click-through rate.',
    role: 'graphic-designer',
    hours: 6,
  },
  landing: {
    title: 'Landing page review',
    description:
      "Check speed, form and tracking of the campaign landing page; list fixes for the client's developer.",
    businessLogic: 'Faster pages with working forms convert more of the traffic we pay for.',
    role: 'analyst',
    hours: 3,
  },
  newsletter: {
    title: 'Newsletter {month}',
    description: 'Write and build the newsletter, test on mobile and send the proof to the client.',
    businessLogic: 'Regular newsletters bring repeat customers at almost no media cost.',
    role: 'content-producer',
    hours: 4,
  },
  keywords: {
    title: 'Keyword map update',
    description: 'Update the keyword map of the main category pages and pick the next three texts to write.',
    businessLogic: 'Organic traffic lowers the cost of every conversion the paid channels bring.',
    role: 'content-producer',
    hours: 5,
  },
  competitors: {
    title: 'Competitor ad check',
    description: "Review the competitors' ads in the ad libraries and note new offers and formats.",
    businessLogic: 'Knowing competitor offers early lets us answer before click prices rise.',
    role: 'analyst',
    hours: 2,
  },
}

/** One-off tasks tied to the rhythm or to a problem. */
export const SPECIAL_TASKS: Record<'quarterly' | 'annual' | 'tracking' | 'onboarding', TaskCopy> = {
  quarterly: {
    title: 'Quarterly review deck Q{n}: {client}',
    description:
      "Prepare the review: the quarter vs the one before and last year, what was done about the quarter's aim, tests and learnings, proposals.",
    businessLogic: 'The review keeps the client confident and opens room for new work.',
    role: 'account-manager',
    hours: 5,
  },
  annual: {
    title: 'Annual report and proposal: {client}',
    description:
      'Year over year and vs the baseline before us; best months and records; a proposal for next year with a timeline and creative examples.',
    businessLogic:
      'The annual review renews the cooperation; a concrete proposal makes the next year easy to say yes to.',
    role: 'account-manager',
    hours: 10,
  },
  tracking: {
    title: 'Fix conversion tracking: {client}',
    description:
      'Conversions fell while clicks held after the site update; check the tag manager container and the thank-you page event, then annotate the report.',
    businessLogic: 'Without tracking, smart bidding optimises blind and the report understates the results.',
    role: 'ads-specialist',
    hours: 3,
  },
  onboarding: {
    title: 'Onboarding workshop materials: {client}',
    description:
      'Prepare the workshop: business and goals questions, the strategic matrix template, channel audit.',
    businessLogic: 'A good workshop sets goals we can be measured against for the whole first year.',
    role: 'account-manager',
    hours: 4,
  },
}

/** Internal notes on a campaign. */
export const CAMPAIGN_NOTES: readonly string[] = [
  'Schedule agreed with the client at the kick-off; proofing in one round where possible.',
  'Client wants to see the creatives on mobile mock-ups before approval.',
  'Budget split can move up to 30 % between channels without asking.',
  'Landing page is built by the client’s developer — check tracking a week before launch.',
  '',
]

/** Lines of the weekly card's "done" section. */
export const CARD_DONE: readonly string[] = [
  'Optimised {channel}: paused four weak ads, moved budget to the best ad set.',
  '{campaign}: creatives approved by the client.',
  'Monthly report delivered and walked through with the client.',
  'Publishing schedule for next month sent for approval.',
  'Landing page fixes listed for the client’s developer.',
  'New audience test set up on {channel}.',
  'Newsletter sent; open rate in line with the last three.',
]

/** Lines of the card's "analysis" section. */
export const CARD_ANALYSIS: readonly string[] = [
  'CTR on {channel} has fallen for three weeks — creative fatigue likely.',
  'Conversions from {channel} up after the bidding change.',
  'Mobile conversion rate is half of desktop; the checkout may be the issue.',
  'Brand searches are growing; the awareness work is showing.',
  'Cost per lead stable and the client rates lead quality good.',
  'Competitor started a price campaign; click prices up about 10 %.',
]

/** Lines of the card's "direction" section. */
export const CARD_DIRECTION: readonly string[] = [
  'Shift 10 % of the budget to {channel}, where the cost per conversion is lowest.',
  'Propose a short-video test for next month.',
  'Prepare the next quarterly review; collect the numbers early.',
  'Suggest adding a new channel next quarter.',
  'Keep the course: results on target, no changes needed.',
]

/** Lines of the card's "next week" section. */
export const CARD_NEXT_WEEK: readonly string[] = [
  'Launch {campaign}.',
  'Proofing round for {campaign}.',
  'Creative refresh for {channel}.',
  'Monthly report and commentary.',
  'Search-term review and negative keywords.',
  'Publishing schedule for next month.',
]

/** The short line a light client gets instead of a card. */
export const CHANGES_LINES: readonly string[] = [
  'No changes; campaigns running steadily.',
  'Newsletter sent; nothing else new.',
  'Client on holiday next week; no open items.',
  'Small budget top-up approved; otherwise no changes.',
]

/** Show-and-tell topics after the internal weekly. */
export const SHOW_AND_TELL: readonly string[] = [
  'New AI-assisted image tools for ad variants',
  'What we learned at the search marketing conference',
  'A faster way to build Looker Studio dashboards',
  'Meta Advantage+ shopping campaigns: first results',
  'Accessibility checklist for landing pages',
]

/** Topics parked for the people concerned. */
export const PARKED_TOPICS: readonly string[] = [
  'Tracking set-up of {client}: check with their developer',
  'Budget split for {client} next quarter',
  'Creative direction for {client}: more video?',
  'Should {client} move to a bigger retainer?',
]

/** Notes of checklist onboarding items when done. */
export const ONBOARDING_NOTES: readonly string[] = [
  'Done; confirmed in the welcome mail.',
  'Received via shared drive.',
  'Access granted with admin rights.',
  'Checked together on a call.',
  '',
]
