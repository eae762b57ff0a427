/** Labels of the option lists several collections share, in English and French. */

export const languageLabels = {
  en: { en: 'English', fr: 'Anglais' },
  fr: { en: 'French', fr: 'Français' },
}

export const socialNetworkLabels = {
  facebook: { en: 'Facebook', fr: 'Facebook' },
  linkedin: { en: 'LinkedIn', fr: 'LinkedIn' },
  other: { en: 'Other', fr: 'Autre' },
  x: { en: 'X (Twitter)', fr: 'X (Twitter)' },
}
