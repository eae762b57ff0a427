import type { Payload } from 'payload'

import type { Scenario } from './types.ts'

import { measureConcurrently } from '../measureConcurrently.ts'
import { sendJson } from '../sendJson.ts'
import { roundFigure } from '../stats.ts'

const concurrency = 20
const requests = 400
// The create path keeps getting cheaper for a few hundred requests (V8 optimising Payload's and
// drizzle's query building: ~17 ms of CPU per create over the first 200, ~11 ms after); 20 would
// measure the JIT, not the create.
const warmUpRequests = 400

const linkedInPost =
  'Ce samedi, nos équipes de Lyon ouvrent les portes du chantier du réseau de chaleur de ' +
  'Villeurbanne-Est : visite de la chaufferie bois-énergie, démonstration du pilotage à distance ' +
  'et échanges avec les ingénieurs qui ont mené le projet. Venez en famille, inscription gratuite ' +
  'sur le site. #TransitionÉnergétique #RéseauDeChaleur #Ardelys'

/** A new content item as people write them: French text, one LinkedIn post, plus `extra` fields. */
export const contentItemBody = (index: number, extra: Record<string, unknown>) => ({
  category: 'programme',
  language: 'fr',
  shareTexts: [{ network: 'linkedin', text: linkedInPost }],
  summary:
    'Visites guidées de la chaufferie bois-énergie, ateliers pour les enfants et rencontre avec les ' +
    'équipes de l’agence de Lyon : une journée pour découvrir de l’intérieur un réseau qui chauffe ' +
    '9 000 équivalents-logements.',
  title: `Portes ouvertes au réseau de chaleur de Villeurbanne-Est (n° ${index})`,
  ...extra,
})

/**
 * A scenario that POSTs content items at 20 concurrent clients as one signed-in user and reports
 * p50/p95/throughput/CPU under `figurePrefix`.
 */
export const createItemScenario = ({
  extraFields,
  figurePrefix,
  label,
  signIn,
}: {
  extraFields: Record<string, unknown>
  figurePrefix: string
  label: string
  /** Creates the user (and what they need) and returns their JWT. */
  signIn: (payload: Payload) => Promise<string>
}): Scenario => ({
  label,
  run: async ({ apiUrl, payload }) => {
    const token = await signIn(payload)
    let sent = 0
    const summary = await measureConcurrently({
      concurrency,
      requests,
      send: async () => {
        await sendJson({
          body: contentItemBody(++sent, extraFields),
          expectStatus: 201,
          method: 'POST',
          token,
          // As the admin's form submits: no relationship population in the answer.
          url: `${apiUrl}/content-items?depth=0`,
        })
      },
      warmUpRequests,
    })
    return {
      figures: {
        [`${figurePrefix}_cpu_ms_per_req`]: roundFigure(summary.cpuMsPerRequest, 2),
        [`${figurePrefix}_p50_ms`]: roundFigure(summary.p50Ms),
        [`${figurePrefix}_p95_ms`]: roundFigure(summary.p95Ms),
        [`${figurePrefix}_rps`]: roundFigure(summary.rps),
      },
      summary,
    }
  },
})
