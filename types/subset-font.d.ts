/** subset-font ships no types; these are the options the deck uses (see its README). */
declare module 'subset-font' {
  import type { Buffer } from 'node:buffer'

  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'
    preserveNameIds?: number[]
    keepFeatures?: string[]
    noHinting?: boolean
    variationAxes?: Record<string, number | { min: number, max: number, default?: number }>
  }

  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>
}
