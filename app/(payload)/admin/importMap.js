import { RelationshipListCell as RelationshipListCell_2c78d9e0faab8b87af62de042e3ec965 } from 'payload-plugin-ambassadors/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ShareTextCounter as ShareTextCounter_2c78d9e0faab8b87af62de042e3ec965 } from 'payload-plugin-ambassadors/client'
import { WorkflowActions as WorkflowActions_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { SuggestionPublishButton as SuggestionPublishButton_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { StageStatus as StageStatus_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { RecurrenceSummary as RecurrenceSummary_2c78d9e0faab8b87af62de042e3ec965 } from 'payload-plugin-ambassadors/client'
import { ArrayRowLabel as ArrayRowLabel_2c78d9e0faab8b87af62de042e3ec965 } from 'payload-plugin-ambassadors/client'
import { FeedUrl as FeedUrl_2c78d9e0faab8b87af62de042e3ec965 } from 'payload-plugin-ambassadors/client'
import { AmbassadorImport as AmbassadorImport_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { IssueStatusNote as IssueStatusNote_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { SendProgress as SendProgress_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { IssuePreview as IssuePreview_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { BuildIssueButton as BuildIssueButton_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { CalendarNavLink as CalendarNavLink_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { SuggestionInbox as SuggestionInbox_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { CalendarView as CalendarView_a8617bb14dc35df0d473c9f661dcf5dd } from 'payload-plugin-ambassadors/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "payload-plugin-ambassadors/client#RelationshipListCell": RelationshipListCell_2c78d9e0faab8b87af62de042e3ec965,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "payload-plugin-ambassadors/client#ShareTextCounter": ShareTextCounter_2c78d9e0faab8b87af62de042e3ec965,
  "payload-plugin-ambassadors/rsc#WorkflowActions": WorkflowActions_a8617bb14dc35df0d473c9f661dcf5dd,
  "payload-plugin-ambassadors/rsc#SuggestionPublishButton": SuggestionPublishButton_a8617bb14dc35df0d473c9f661dcf5dd,
  "payload-plugin-ambassadors/rsc#StageStatus": StageStatus_a8617bb14dc35df0d473c9f661dcf5dd,
  "payload-plugin-ambassadors/client#RecurrenceSummary": RecurrenceSummary_2c78d9e0faab8b87af62de042e3ec965,
  "payload-plugin-ambassadors/client#ArrayRowLabel": ArrayRowLabel_2c78d9e0faab8b87af62de042e3ec965,
  "payload-plugin-ambassadors/client#FeedUrl": FeedUrl_2c78d9e0faab8b87af62de042e3ec965,
  "payload-plugin-ambassadors/rsc#AmbassadorImport": AmbassadorImport_a8617bb14dc35df0d473c9f661dcf5dd,
  "payload-plugin-ambassadors/rsc#IssueStatusNote": IssueStatusNote_a8617bb14dc35df0d473c9f661dcf5dd,
  "payload-plugin-ambassadors/rsc#SendProgress": SendProgress_a8617bb14dc35df0d473c9f661dcf5dd,
  "payload-plugin-ambassadors/rsc#IssuePreview": IssuePreview_a8617bb14dc35df0d473c9f661dcf5dd,
  "payload-plugin-ambassadors/rsc#BuildIssueButton": BuildIssueButton_a8617bb14dc35df0d473c9f661dcf5dd,
  "payload-plugin-ambassadors/rsc#CalendarNavLink": CalendarNavLink_a8617bb14dc35df0d473c9f661dcf5dd,
  "payload-plugin-ambassadors/rsc#SuggestionInbox": SuggestionInbox_a8617bb14dc35df0d473c9f661dcf5dd,
  "payload-plugin-ambassadors/rsc#CalendarView": CalendarView_a8617bb14dc35df0d473c9f661dcf5dd,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
