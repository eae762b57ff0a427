/** Collapsed array rows read as their title field, not "Cadence 01". */
export const rowLabel = (field: string) => ({
  RowLabel: { clientProps: { field }, path: 'payload-plugin-ambassadors/client#ArrayRowLabel' },
})
