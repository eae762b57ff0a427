import { performance } from 'node:perf_hooks'

import type { CompiledSegment } from '../../src/newsletter/render/index.ts'
import type { NewsletterItem, NewsletterRecipient, SegmentContent } from '../../src/newsletter/types.ts'

import { compileSegment, renderForRecipient } from '../../src/newsletter/render/index.ts'
import { signToken } from '../../src/newsletter/tokens.ts'
import { percentile, roundFigure } from '../stats.ts'

/** 5 primary themes × 4 regions, 5,000 ambassadors each: one issue to 100,000. */
const themes = ['Marque employeur', 'Innovation', 'RSE', 'Vie des agences', 'Clients'] as const
const regions = ['Auvergne-Rhône-Alpes', 'Pays de la Loire', 'Île-de-France', 'Occitanie'] as const
const recipientsPerSegment = 5_000
/** Both sides alternate round by round (the first side alternating too), so drift hits both alike. */
const rounds = 5

const firstNames = [
  'Claire', 'Thomas', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Gabriel', 'Zoé', 'Raphaël', 'Anaïs', 'Jules',
  'Manon', 'Arthur', 'Camille', 'Noé', 'Éloïse', 'Mathéo', 'Anne-Sophie', 'Jean-François', 'Maëlle', 'Karim',
  'Fatoumata', 'Nguyễn', 'Grégoire', 'Solène', 'Yasmine', 'Timothée', 'Bérénice', 'N’Golo', 'Océane', 'Loïc',
  'Hélène', 'Baptiste', 'Ophélie', 'Mehdi', 'Salomé', 'Kévin', 'Agnès', '',
]

const secret = 'bench-newsletter-render-secret'

const item = (theme: string, region: string, index: number): NewsletterItem => ({
  id: index,
  imageAlt: `Photo : ${theme.toLowerCase()}, ${region}`,
  imageUrl: `https://cdn.ardelys.example/newsletter/2027-03/${index}.jpg`,
  link: `https://www.ardelys.example/actualites/${index}-${theme.toLowerCase().replace(/\W+/g, '-')}?utm_source=ambassadeurs&utm_medium=email&utm_campaign=2027-03`,
  shareTexts: [
    { network: 'linkedin', text: `Fier de partager cette actualité ${theme.toLowerCase()} de notre agence ${region} ! Un bel exemple de ce que nous faisons au quotidien. #Ardelys #${index}` },
    { network: 'x', text: `${theme} – ${region} : à lire et à partager #Ardelys` },
  ],
  suggestedBy: index % 3 === 0 ? { name: 'Camille Martin', network: region } : undefined,
  summary: `Retour sur une initiative ${theme.toLowerCase()} portée par les équipes de ${region} : ateliers, rencontres et témoignages.\nTrois minutes de lecture.`,
  theme: { color: '#0b5cab', name: theme },
  title: `${theme} : l’initiative de ${region} (n° ${index})`,
})

/** A segment's issue as the build job assembles it: 8 items over 3 themes, an introduction, 3 events. */
const segmentContent = (theme: string, region: string, segment: number): SegmentContent => {
  const secondary = themes.filter((other) => other !== theme).slice(segment % 3, (segment % 3) + 2)
  return {
    ambassadorsSlug: 'ambassadors',
    apiRoute: '/api',
    introduction: `Voici la sélection de la quinzaine pour ${region}, autour de « ${theme} ».\n\nMerci aux référents qui ont proposé ces contenus : bonne lecture et bons partages !`,
    issue: { id: 2027031, sendDate: '2027-03-01', title: `La lettre des ambassadeurs : ${theme}, ${region}` },
    items: [
      ...[0, 1, 2, 3].map((index) => item(theme, region, segment * 10 + index)),
      ...[4, 5].map((index) => item(secondary[0]!, region, segment * 10 + index)),
      ...[6, 7].map((index) => item(secondary[1]!, region, segment * 10 + index)),
    ],
    language: segment % 5 === 4 ? 'en' : 'fr',
    programmeName: 'Ambassadeurs Ardelys',
    publicUrl: 'https://ambassadeurs.ardelys.example',
    timeZone: 'Europe/Paris',
    unsubscribeMailto: 'desinscription@ardelys.example',
    upcoming: [
      { label: 'Formation : prendre la parole sur LinkedIn', place: `${region}, salle 2`, registrationLink: 'https://www.ardelys.example/formations/linkedin', start: '2027-03-04T11:30:00Z' },
      { label: 'Atelier d’écriture', place: 'En ligne', registrationLink: 'https://www.ardelys.example/ateliers/ecriture', start: '2027-03-10T13:00:00Z' },
      { label: 'Séminaire des ambassadeurs', place: 'Lyon', start: '2027-03-25T08:00:00Z' },
    ],
  }
}

const contents = themes.flatMap((theme) => regions.map((region) => ({ region, theme })))
  .map(({ region, theme }, segment) => segmentContent(theme, region, segment))

/** Built before the clock starts: ids, first names and signed tokens as the send job reads them. */
const recipientsOf = (segment: number): NewsletterRecipient[] =>
  Array.from({ length: recipientsPerSegment }, (_, index) => {
    const ambassador = segment * recipientsPerSegment + index + 1
    return {
      ambassadorId: ambassador,
      email: `ambassadeur.${ambassador}@ardelys.example`,
      firstName: firstNames[ambassador % firstNames.length],
      preferencesToken: signToken('preferences', { ambassador }, secret),
      unsubscribeToken: signToken('unsubscribe', { ambassador }, secret),
    }
  })

/*
 * V8 concatenation builds a rope (a tree of references to the parts) in a few nanoseconds: a message is
 * only written out when its characters are first read, as the sender does when it encodes them. Both sides
 * read each message the same way, one `charCodeAt` on the HTML and on the text, which lays the rope out as
 * one flat string; so the limit is the memory-bound cost of writing every message's characters.
 */
const read = (html: string, text: string) => html.charCodeAt(html.length - 1) + text.charCodeAt(text.length - 1)

const compileAll = () => Promise.all(contents.map((content) => compileSegment(content)))

/** renderForRecipient for every recipient of every segment: the full message, headers included. */
const renderAll = (compiled: CompiledSegment[], recipients: NewsletterRecipient[][]) => {
  let sink = 0
  for (let segment = 0; segment < compiled.length; segment++) {
    const segmentCompiled = compiled[segment]!
    for (const recipient of recipients[segment]!) {
      const message = renderForRecipient(segmentCompiled, recipient)
      sink += read(message.html, message.text) + message.headers['List-Unsubscribe']!.length
    }
  }
  return sink
}

/** The same parts filled with the recipient's raw values (no escaping, no encoding, no headers). */
const fillAll = (compiled: CompiledSegment[], recipients: NewsletterRecipient[][]) => {
  let sink = 0
  for (let segment = 0; segment < compiled.length; segment++) {
    const { html, text } = compiled[segment]!
    for (const recipient of recipients[segment]!) {
      const values = {
        greetingHtml: recipient.firstName ?? '',
        greetingText: recipient.firstName ?? '',
        preferencesToken: recipient.preferencesToken,
        unsubscribeToken: recipient.unsubscribeToken,
      }
      let filledHtml = html.parts[0]!
      for (let index = 0; index < html.slots.length; index++) {
        filledHtml += values[html.slots[index]!] + html.parts[index + 1]!
      }
      let filledText = text.parts[0]!
      for (let index = 0; index < text.slots.length; index++) {
        filledText += values[text.slots[index]!] + text.parts[index + 1]!
      }
      sink += read(filledHtml, filledText)
    }
  }
  return sink
}

/** Process CPU time (every thread: the GC's too) and wall time of one side. */
const measure = async (run: () => Promise<number> | number) => {
  const cpuBefore = process.cpuUsage()
  const startedAt = performance.now()
  const sink = await run()
  const cpu = process.cpuUsage(cpuBefore)
  if (!(sink > 0)) {
    throw new Error('newsletter render: a side produced nothing')
  }
  return { cpuS: (cpu.user + cpu.system) / 1e6, wallS: (performance.now() - startedAt) / 1000 }
}

/** A fast render that lost the content or mixed up recipients would be wrong: check one message per segment. */
const checkMessages = (compiled: CompiledSegment[], recipients: NewsletterRecipient[][]) => {
  compiled.forEach((segment, index) => {
    const recipient = recipients[index]!.at(-1)!
    const message = renderForRecipient(segment, recipient)
    const expected = [recipient.unsubscribeToken, recipient.preferencesToken, contents[index]!.items[7]!.title]
    if (!expected.every((value) => message.html.includes(value) && message.text.includes(value))) {
      throw new Error(`newsletter render: segment ${index} lacks the recipient's links or the last item`)
    }
    if (!message.headers['List-Unsubscribe']!.includes(recipient.unsubscribeToken)) {
      throw new Error(`newsletter render: segment ${index} lacks the List-Unsubscribe token`)
    }
  })
}

export type NewsletterRenderResult = { figures: Record<string, number>; lines: string[] }

/**
 * One issue to 100,000 ambassadors over 20 segments, rendered by the newsletter renderer (the 20 MJML
 * compiles included, then `renderForRecipient` per ambassador), against filling the same compiled parts by
 * bare concatenation. Figures are the medians of the rounds' process CPU time (the calendar scenario's
 * reason: on a shared machine, wall time also counts the moments the process waits for a core); the
 * ratio is of those two medians. Pure CPU: no database, no HTTP.
 */
export const newsletterRenderScenario = {
  label: 'newsletter render',
  run: async (): Promise<NewsletterRenderResult> => {
    const recipients = contents.map((_, segment) => recipientsOf(segment))
    const warm = await compileAll()
    checkMessages(warm, recipients)
    renderAll(warm, recipients)
    fillAll(warm, recipients)
    const sides = { compile: [] as number[], limit: [] as number[], limitWall: [] as number[], render: [] as number[], renderWall: [] as number[] }
    let bytes = 0
    for (let round = 0; round < rounds; round++) {
      for (const side of round % 2 === 0 ? (['render', 'limit'] as const) : (['limit', 'render'] as const)) {
        if (side === 'render') {
          let compiled: CompiledSegment[] = []
          const compile = await measure(async () => (compiled = await compileAll()).length)
          const render = await measure(() => renderAll(compiled, recipients))
          sides.compile.push(compile.cpuS)
          sides.render.push(compile.cpuS + render.cpuS)
          sides.renderWall.push(compile.wallS + render.wallS)
          bytes = compiled.reduce((sum, segment) => sum + segment.html.parts.join('').length, 0) / compiled.length
        } else {
          const limit = await measure(() => fillAll(warm, recipients))
          sides.limit.push(limit.cpuS)
          sides.limitWall.push(limit.wallS)
        }
      }
    }
    const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50)
    const spread = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b)
      return `${sorted[0]!.toFixed(3)}–${sorted.at(-1)!.toFixed(3)} s`
    }
    const [renderS, limitS, compileS] = [median(sides.render), median(sides.limit), median(sides.compile)]
    const count = contents.length * recipientsPerSegment
    return {
      figures: {
        render_100k_s: roundFigure(renderS, 3),
        render_limit_100k_s: roundFigure(limitS, 3),
        render_ratio: roundFigure(renderS / limitS, 2),
      },
      lines: [
        `${contents.length} segments × ${recipientsPerSegment} ambassadors = ${count} messages; HTML about ${Math.round(bytes / 1000)}k characters; ${rounds} interleaved rounds after a warm-up pass`,
        `render: median ${renderS.toFixed(3)} s CPU (rounds ${spread(sides.render)}), of which the 20 compiles ${compileS.toFixed(3)} s; wall median ${median(sides.renderWall).toFixed(3)} s`,
        `limit (bare concatenation): median ${limitS.toFixed(3)} s CPU (rounds ${spread(sides.limit)}); wall median ${median(sides.limitWall).toFixed(3)} s`,
        `render without the compiles / limit: ${((renderS - compileS) / limitS).toFixed(2)}`,
      ],
    }
  },
}
