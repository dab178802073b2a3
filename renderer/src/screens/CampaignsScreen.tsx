/** Campaigns across clients, on the lean-loop board (built in features/campaigns). */
export { CampaignsBoardScreen as CampaignsScreen } from '../features/campaigns/CampaignsBoardScreen'
