import type { SuggestionNoticeArgs, SuggestionNoticeKind } from '../../src/emails/index.ts'
import type { Scenario } from './types.ts'

import { renderSuggestionNotice } from '../../src/emails/index.ts'
import { measureConcurrently } from '../measureConcurrently.ts'
import { roundFigure } from '../stats.ts'

const kinds: SuggestionNoticeKind[] = ['submitted', 'resubmitted', 'changes-requested', 'approved', 'rejected']
const languages = ['fr', 'en'] as const

/** Renders measured, one after the other, after the warm-up. */
const renders = 400
/** The first render imports mjml (about 0.6 s); the next few still run V8's unoptimised code. */
const warmUpRenders = 100

/** A workflow notice as the jobs send them: French data, every kind in both languages in turn. */
const noticeArgs = (index: number): SuggestionNoticeArgs => ({
  actorName: 'Camille Martin',
  comment: 'Pouvez-vous ajouter une photo de l’atelier et le nom du lycée partenaire ?',
  item: {
    dueDate: '2026-11-26T15:00:00.000Z',
    networkName: 'Auvergne-Rhône-Alpes',
    summary: 'Retour sur la journée portes ouvertes de l’agence de Lyon : ateliers, visites et rencontres.',
    themeNames: ['RH / marque employeur', 'Corporate'],
    title: `Portes ouvertes à Lyon (n° ${index})`,
    url: `https://admin.ardelys.example/admin/collections/content-items/${index}`,
  },
  kind: kinds[index % kinds.length]!,
  language: languages[Math.floor(index / kinds.length) % languages.length]!,
  recipientName: 'Claire Dubois',
  timeZone: 'Europe/Paris',
})

/**
 * Rendering one workflow notice (MJML to HTML, plus the text alternative), warm, in this process:
 * what each notification job spends before it talks to the SMTP server. No database or HTTP involved.
 */
export const emailRenderScenario: Scenario = {
  label: 'email render (notice)',
  run: async () => {
    let rendered = 0
    const summary = await measureConcurrently({
      concurrency: 1,
      requests: renders,
      send: async () => {
        const index = ++rendered
        const email = await renderSuggestionNotice(noticeArgs(index))
        // A render that lost the item would be fast and wrong: check what it produced.
        if (!email.html.includes(`Portes ouvertes à Lyon (n° ${index})`) || !email.text) {
          throw new Error(`email render ${index}: the HTML or the text alternative lacks the item`)
        }
      },
      warmUpRequests: warmUpRenders,
    })
    return {
      figures: {
        email_render_mean_ms: roundFigure(summary.meanMs, 2),
        email_render_p95_ms: roundFigure(summary.p95Ms, 2),
      },
      summary,
    }
  },
}
