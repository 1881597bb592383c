/** subset-font ships no types; these are the options node/fonts.ts passes (see its README). */
declare module 'subset-font' {
  import type { Buffer } from 'node:buffer'

  interface SubsetOptions { targetFormat: 'woff2', keepFeatures: string[], noHinting: boolean }
  export default function subsetFont(font: Buffer, text: string, options: SubsetOptions): Promise<Buffer>
}
