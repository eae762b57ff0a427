type Labels = Record<string, { en: string; fr: string }>

/** Select options with English and French labels, in the order of `values`. */
export const selectOptions = <T extends string>(values: readonly T[], labels: Record<T, Labels[string]>) =>
  values.map((value) => ({ label: labels[value], value }))
