/** The weekly client mails (seed 002): Monday and Friday drafts, mailto URLs and `.eml` files. */
export {
  draftFridayMail,
  draftMondayMail,
  formatMailDate,
  greetingName,
  PLAN_BUSINESS_DAYS,
  type FridayDraftInput,
  type MailCampaign,
  type MailClient,
  type MailDraft,
  type MailDraftInput,
  type MailTask,
} from './draft'
export {
  base64,
  emlFile,
  encodeHeaderWords,
  mailtoUrl,
  quotedPrintable,
  rfc5322Date,
  utf8Bytes,
  type MailAddress,
} from './message'
