import type { DateRecord } from '../../schema/records.js'
export interface ExtractOptions { readonly timeml?: boolean }
export function extractDates(_text: string, _reference: string | null, _options: ExtractOptions = {}): DateRecord[] { return [] }
