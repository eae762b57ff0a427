import type { PayloadRequest, SendEmailOptions } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import type { NewsletterRecipient, SegmentContent } from '../../src/newsletter/types.ts'

import { demoMailFrom } from '../../demo/buildDemoConfig.ts'
import { newsletterFrom } from '../../demo/newsletterTransport.ts'
import { testSendEmail } from '../../src/collections/NewsletterIssues/endpoints/testSend.ts'
import { buildSegmentMessage } from '../../src/delivery/buildMessage.ts'
import { pauseNotice } from '../../src/delivery/notifyPause.ts'
import type { EmailReader, RenderedEmail } from '../../src/emails/emailTypes.ts'
import type { Recipient } from '../../src/workflow/loadRecipients.ts'

import { emailRecipient } from '../../src/jobs/emailRecipient.ts'
import {
  renderEmailConfirmation,
  renderOverdueReminder,
  renderReferentThanks,
  renderSuggestionDigest,
  renderSuggestionNotice,
} from '../../src/emails/index.ts'
import { compileSegment, renderForRecipient } from '../../src/newsletter/render/index.ts'
import { signToken } from '../../src/newsletter/tokens.ts'

const secret = 'every-email-test-secret'
const admin = 'https://ambassadeurs.ardelys.example/admin'

/** A newsletter as ambassadors get it: two items with images, a referent to thank, a training to come. */
export const sampleIssue = (language: 'en' | 'fr'): SegmentContent => ({
  ambassadorsSlug: 'ambassadors',
  apiRoute: '/api',
  introduction:
    language === 'fr'
      ? 'Voici la sélection de la quinzaine : des nouvelles de nos agences, un webinaire à revoir et une formation pour prendre la parole.\n\nBonne lecture et bons partages !'
      : 'Here is this fortnight’s selection: news from our offices, a webinar to watch again and a training to speak up.\n\nEnjoy and share!',
  issue: { id: 42, sendDate: '2027-03-01', title: language === 'fr' ? 'La lettre des ambassadeurs — mars' : 'The ambassador newsletter — March' },
  items: [
    {
      id: 1,
      imageAlt: language === 'fr' ? 'Des visiteurs dans l’atelier de Lyon' : 'Visitors in the Lyon workshop',
      imageUrl: 'https://ambassadeurs.ardelys.example/api/media/file/portes-ouvertes-lyon.jpg',
      link: 'https://www.ardelys.example/actualites/portes-ouvertes-lyon?utm_source=ambassadeurs&utm_medium=email',
      shareTexts: [
        { network: 'linkedin', text: language === 'fr' ? 'Belle journée portes ouvertes à Lyon : merci à tous les visiteurs ! #Ardelys' : 'A great open day in Lyon: thanks to every visitor! #Ardelys' },
        { network: 'x', text: language === 'fr' ? 'Portes ouvertes à Lyon : retour en images' : 'Open day in Lyon: the pictures' },
      ],
      suggestedBy: { name: 'Camille Martin', network: 'Auvergne-Rhône-Alpes' },
      summary:
        language === 'fr'
          ? 'Retour sur la journée portes ouvertes de l’agence de Lyon : ateliers, visites et rencontres avec nos équipes.'
          : 'A look back at the Lyon office open day: workshops, visits and meetings with our teams.',
      theme: { color: '#c2410c', name: language === 'fr' ? 'Marque employeur' : 'Employer brand' },
      title: language === 'fr' ? 'Portes ouvertes à Lyon' : 'Open day in Lyon',
    },
    {
      id: 2,
      imageAlt: language === 'fr' ? 'Affiche du webinaire' : 'Webinar poster',
      imageUrl: 'https://ambassadeurs.ardelys.example/api/media/file/webinaire-cybersecurite.jpg',
      link: 'https://www.ardelys.example/webinaires/cybersecurite',
      shareTexts: [],
      summary: language === 'fr' ? 'Les bons réflexes de sécurité en 45 minutes, à revoir en ligne.' : 'Good security habits in 45 minutes, to watch again online.',
      theme: { name: 'Innovation' },
      title: language === 'fr' ? 'Webinaire cybersécurité' : 'Cybersecurity webinar',
    },
  ],
  language,
  programmeName: 'Ambassadeurs Ardelys',
  publicUrl: 'https://ambassadeurs.ardelys.example',
  timeZone: 'Europe/Paris',
  unsubscribeMailto: demoMailFrom.defaultFromAddress,
  upcoming: [
    {
      label: language === 'fr' ? 'Formation : prendre la parole sur LinkedIn' : 'Training: speaking up on LinkedIn',
      place: 'Lyon, salle Confluence',
      registrationLink: 'https://www.ardelys.example/formations/linkedin?session=12',
      start: '2027-03-04T11:30:00.000Z',
    },
  ],
})

/** An ambassador as the sender addresses them, with their signed links. */
export const ambassadorRecipient = (ambassadorId: number, email: string, firstName: string): NewsletterRecipient => ({
  ambassadorId,
  email,
  firstName,
  preferencesToken: signToken('preferences', { ambassador: ambassadorId }, secret),
  unsubscribeToken: signToken('unsubscribe', { ambassador: ambassadorId }, secret),
})

const ambassador = ambassadorRecipient(7, 'claire.dubois@ardelys.example', 'Claire')

/** Every kind of email `everyEmail` writes. */
export const emailKinds = [
  'newsletter (fr)',
  'newsletter (en)',
  'suggestion notice (submitted)',
  'suggestion notice (changes requested)',
  'suggestion digest',
  'overdue reminder',
  'test send',
  'referent thanks',
  'email confirmation',
  'pause notice',
] as const

/**
 * The host's mailer as the demo configures it (Payload's nodemailer adapter, its From), writing each message
 * out instead of sending it: what `payload.sendEmail` hands the SMTP server.
 */
export const composeWithHostMailer = async () => {
  const adapter = (await nodemailerAdapter({
    ...demoMailFrom,
    skipVerify: true,
    transport: nodemailer.createTransport({ buffer: true, newline: 'windows', streamTransport: true }),
  }))({ payload: undefined as never })
  return async (message: SendEmailOptions): Promise<Buffer> => ((await adapter.sendEmail(message)) as { message: Buffer }).message
}

/** A workflow email (notice, digest, reminder) as its job sends it, through `emailRecipient`. */
export const composeWorkflowEmail = async (
  compose: Awaited<ReturnType<typeof composeWithHostMailer>>,
  render: (reader: EmailReader) => Promise<RenderedEmail>,
  recipient: Recipient = { email: 'julie.moreau@ardelys.example', id: 3, language: 'fr', name: 'Julie Moreau', suggestionEmails: 'immediate' },
): Promise<Buffer> => {
  let raw: Buffer | undefined
  const req = { payload: { sendEmail: async (message: SendEmailOptions) => (raw = await compose(message)) } } as unknown as PayloadRequest
  await emailRecipient({ recipient, req, timeZone: 'Europe/Paris' }, render)
  return raw!
}

export type RawEmail = { kind: string; raw: Buffer }

/**
 * Every kind of email the plugin sends, each as the full raw message an SMTP server receives: the newsletter
 * in French and English (the plugin's own MIME writer), and through the host's mailer the test send, the
 * suggestion notices, the digest, the overdue reminder, the referent's thanks, the address confirmation and
 * the pause notice.
 */
export const everyEmail = async (): Promise<RawEmail[]> => {
  const compose = await composeWithHostMailer()
  const editor = 'julie.moreau@ardelys.example'
  const item = {
    dueDate: '2027-03-04T10:00:00.000Z',
    networkName: 'Auvergne-Rhône-Alpes',
    summary: 'Retour sur la journée portes ouvertes de l’agence de Lyon.',
    themeNames: ['Marque employeur'],
    title: 'Portes ouvertes à Lyon',
    url: `${admin}/collections/content-items/12`,
  }
  const newsletters = await Promise.all(
    (['fr', 'en'] as const).map(async (language) => {
      const compiled = await compileSegment(sampleIssue(language))
      return { compiled, kind: `newsletter (${language})`, raw: Buffer.concat(buildSegmentMessage(compiled, ambassador, { from: newsletterFrom({}), to: ambassador.email }).chunks) }
    }),
  )
  const workflowEmails: [string, (reader: EmailReader) => Promise<RenderedEmail>][] = [
    ['suggestion notice (submitted)', (reader) => renderSuggestionNotice({ ...reader, actorName: 'Camille Martin', item, kind: 'submitted' })],
    [
      'suggestion notice (changes requested)',
      (reader) => renderSuggestionNotice({ ...reader, actorName: 'Julie Moreau', comment: 'Ajoutez une photo de l’atelier.', item, kind: 'changes-requested' }),
    ],
    [
      'suggestion digest',
      (reader) =>
        renderSuggestionDigest({
          ...reader,
          inboxUrl: `${admin}/suggestions`,
          items: [
            { actorName: 'Camille Martin', dueDate: item.dueDate, isOverdue: false, networkName: item.networkName, title: item.title, url: item.url },
            { actorName: 'Karim Benali', dueDate: '2027-02-20T10:00:00.000Z', isOverdue: true, networkName: 'Pays de la Loire', title: 'Nouveaux locaux à Nantes', url: `${admin}/collections/content-items/13` },
          ],
        }),
    ],
    [
      'overdue reminder',
      (reader) =>
        renderOverdueReminder({
          ...reader,
          inboxUrl: `${admin}/suggestions`,
          items: [{ daysOverdue: 3, dueDate: '2027-02-20T10:00:00.000Z', networkName: 'Pays de la Loire', title: 'Nouveaux locaux à Nantes', url: `${admin}/collections/content-items/13` }],
        }),
    ],
  ]
  // As their senders hand them over: the rendered email and its address (thankReferents, confirmUserEmail, notifyPause).
  const hostEmails: [string, SendEmailOptions][] = [
    ['test send', testSendEmail(renderForRecipient(newsletters[0]!.compiled, ambassador), { prefix: '[Essai]', to: editor })],
    ['referent thanks', { ...(await renderReferentThanks({ itemTitles: [item.title], language: 'fr', reached: 1250, recipientName: 'Camille Martin' })), to: 'camille.martin@ardelys.example' }],
    [
      'email confirmation',
      {
        ...(await renderEmailConfirmation({ audience: 'editor', confirmUrl: 'https://ambassadeurs.ardelys.example/api/users/confirm-email?token=abc', email: editor, language: 'fr', recipientName: 'Julie Moreau' })),
        to: editor,
      },
    ],
    ['pause notice', { ...pauseNotice({ link: `${admin}/collections/newsletter-issues/42`, reason: '50 échecs d’envoi consécutifs (dernier : 421 Too many connections).' }), to: editor }],
  ]
  return [
    ...newsletters.map(({ kind, raw }) => ({ kind, raw })),
    ...(await Promise.all(workflowEmails.map(async ([kind, render]) => ({ kind, raw: await composeWorkflowEmail(compose, render) })))),
    ...(await Promise.all(hostEmails.map(async ([kind, message]) => ({ kind, raw: await compose(message) })))),
  ]
}
