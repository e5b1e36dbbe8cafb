import { nanoid } from 'nanoid'

/** A new share id: 21 characters of `A-Za-z0-9_-` (contract §6). */
export const shareId = (): string => nanoid()
