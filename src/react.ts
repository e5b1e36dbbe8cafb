/** `sharecue/react`: the widget as a React component and hook, over `mount()`. Re-exports only. */
export { ShareButtons } from './react/share-buttons'
export type { ShareButtonsHandle, ShareButtonsProps } from './react/share-buttons'
export { useShareCue } from './react/use-share-cue'
export type { ShareCue } from './react/use-share-cue'
export type { ShareCueOptions, ShareCueProduct } from './react/share-cue-options'
