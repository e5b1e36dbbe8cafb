/** Stock at or below this is low: "Only 3 left". A merchant may set another threshold. */
export const lowStock = 5
