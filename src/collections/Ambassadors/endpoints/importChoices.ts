import type { ImportChoices } from '../../../newsletter/import/types.ts'

import { ambassadorFrequencies, ambassadorStatuses, languages, phaseKinds } from '../../../defaults.ts'
import { languageLabels } from '../../../fields/optionLabels.ts'
import { languageNames, pageStrings } from '../../../newsletter/pages/pageStrings.ts'
import { phaseKindLabels } from '../../EditorialCalendars/labels.ts'
import { ambassadorStatusLabels, formerFrequencyLabels, frequencyLabels } from '../labels.ts'

type Labels = { en: string; fr: string }

const pick = <K extends string>(
  values: readonly K[],
  labels: Record<K, Labels>,
  aliasesOf: (value: K) => string[] = () => [],
): Record<K, Labels & { aliases: string[] }> =>
  Object.fromEntries(values.map((value) => [value, { ...labels[value], aliases: aliasesOf(value) }])) as Record<
    K,
    Labels & { aliases: string[] }
  >

/**
 * What a cell of each select column may hold: the value, the admin's label in English or French, and the
 * words the ambassadors' pages use for the same value, all from the tables those screens read.
 */
export const importChoices = (): ImportChoices => ({
  frequency: pick(ambassadorFrequencies, frequencyLabels, (value) => [
    pageStrings.en.preferences.frequency[value],
    pageStrings.fr.preferences.frequency[value],
    ...(formerFrequencyLabels[value] ?? []),
  ]),
  language: pick(languages, languageLabels, (value) => [languageNames[value]]),
  phase: pick(phaseKinds, phaseKindLabels),
  status: pick(ambassadorStatuses, ambassadorStatusLabels),
})
